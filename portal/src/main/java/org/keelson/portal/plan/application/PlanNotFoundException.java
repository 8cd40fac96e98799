package org.keelson.portal.plan.application;

/** No plan has the code an edit names. */
public class PlanNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanNotFoundException(String code) {
        super("no plan has the code " + code);
    }
}
