package org.keelson.portal.risk.application;

/** The user may not make this change of the risk register (not their risk, or a role that only reads). */
public class RiskEditNotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RiskEditNotAllowedException(String message) {
        super(message);
    }
}
