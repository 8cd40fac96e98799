package org.keelson.portal.security;

/**
 * Portal roles. The names double as the Jakarta Security group and role names (see web.xml and
 * {@code @RolesAllowed}), so renaming a constant is a breaking change for stored users.
 */
public enum Role {
    /** Project management office: maintains plans, runs simulations. */
    PMO,
    /** Reads the portfolio and decisions. */
    EXECUTIVE,
    /** Owns budgets, cash flow and ROI figures. */
    FINANCE,
    /** Owns risks and their mitigations. */
    RISK_OWNER,
    /** Manages users and system settings. */
    ADMIN;

    /** String constants for annotations, which cannot reference enum constants. */
    public static final class Names {
        public static final String PMO = "PMO";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String FINANCE = "FINANCE";
        public static final String RISK_OWNER = "RISK_OWNER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
