package org.keelson.portal.plan.application;

/** An edit named an element (WBS code, milestone, baseline) the plan does not have; nothing was written. */
public class PlanElementNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanElementNotFoundException(String what) {
        super(what);
    }
}
