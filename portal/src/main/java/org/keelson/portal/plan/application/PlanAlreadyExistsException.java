package org.keelson.portal.plan.application;

/** An import named a plan code that is already in the catalogue; nothing was written. */
public class PlanAlreadyExistsException extends RuntimeException {
    private final String code;

    public PlanAlreadyExistsException(String code) {
        super("plan " + code + " already exists");
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
