package org.keelson.portal.plan.interfaces.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanOverview;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.simulation.plan.StatusDateAge;
import org.keelson.simulation.text.LocalizedText;

/**
 * Backs plan/plan.xhtml?code=...: the plan overview (facts, budget and spend, progress, next milestone, high
 * risks) from the summary read model; the parts have their own pages.
 */
@Named
@ViewScoped
public class PlanView extends PlanScopedView {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    /** Read again if the view is restored after serialization (then {@code looked} is false too). */
    private transient PlanOverview overview;
    private transient boolean looked;

    @Override
    protected boolean read(String code) {
        overview = plans.findOverview(code).orElse(null);
        looked = true;
        return overview != null;
    }

    public PlanOverview getOverview() {
        if (!looked && getCode() != null) {
            read(getCode());
        }
        return overview;
    }

    /** Whether the plan's progress is out of date; see {@link StatusDateAge} for the rule and its threshold. */
    public boolean isStatusStale() {
        PlanSummary summary = getOverview().summary();
        return StatusDateAge.isStale(summary.status(), summary.statusDate(), LocalDate.now(ZoneId.systemDefault()));
    }

    /** "last updated 63 days ago (more than 45)" beside the status date of a stale plan. */
    public String getStaleNotice() {
        return MessageFormat.format(Messages.get("plan.stale"), StatusDateAge.daysBehind(getOverview().summary()
                .statusDate(), LocalDate.now(ZoneId.systemDefault())), StatusDateAge.STALE_AFTER_DAYS);
    }

    @Override
    public boolean isFound() {
        return getOverview() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return getOverview().summary().name();
    }
}
