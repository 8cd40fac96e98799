package org.keelson.liberty.support;

/** The demo users that the portal creates when KEELSON_DEMO=true (the test server sets it). */
public enum DemoUser {
    PMO("pmo"),
    EXECUTIVE("executive"),
    FINANCE("finance"),
    RISK_OWNER("risk"),
    ADMIN("admin");

    private final String username;

    DemoUser(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    /** Demo passwords follow the documented rule {@code <username>-demo}. */
    public String password() {
        return username + "-demo";
    }
}
