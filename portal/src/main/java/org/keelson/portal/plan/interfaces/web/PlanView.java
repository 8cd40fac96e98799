package org.keelson.portal.plan.interfaces.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.security.CurrentUser;

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

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    /** The version the page showed, which a deletion must still find. */
    private long version;
    private final PageEdits edits = new PageEdits();

    /** Read again if the view is restored after serialization (then {@code looked} is false too). */
    private transient PlanOverview overview;
    private transient boolean looked;

    @Override
    protected boolean read(String code) {
        overview = plans.findOverview(code).orElse(null);
        looked = true;
        plans.findFacts(code).ifPresent(facts -> version = facts.version());
        return overview != null;
    }

    public PlanOverview getOverview() {
        if (!looked && getCode() != null) {
            read(getCode());
        }
        return overview;
    }

    public boolean isMayEdit() {
        return PageEdits.mayEditPlans();
    }

    public PageEdits getEdits() {
        return edits;
    }

    /** Deletes the plan softly (an administrator can restore it) and returns to the portfolio. */
    public String delete() {
        if (edits.run(() -> editing.delete(getCode(), version, user.getUsername()), path -> null)) {
            return "/portfolio?faces-redirect=true";
        }
        return null;
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
