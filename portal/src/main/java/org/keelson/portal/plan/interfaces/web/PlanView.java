package org.keelson.portal.plan.interfaces.web;

import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.security.CurrentUser;

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

    @Override
    public boolean isFound() {
        return getOverview() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return getOverview().summary().name();
    }
}
