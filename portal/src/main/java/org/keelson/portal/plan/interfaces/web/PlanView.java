package org.keelson.portal.plan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanOverview;
import org.keelson.portal.plan.application.PlanService;
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

    @Override
    public boolean isFound() {
        return getOverview() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return getOverview().summary().name();
    }
}
