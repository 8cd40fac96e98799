package org.keelson.simulation.plan.edit;

/** A structural WBS edit that has no meaning for the element it names (e.g. moving the first element up). */
public final class WbsEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String reason;

    public WbsEditException(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
        this.reason = reason;
    }

    /** Why the edit has no meaning, without the code. */
    public String reason() {
        return reason;
    }

    /** The WBS code the edit was asked for. */
    public String code() {
        return code;
    }
}
