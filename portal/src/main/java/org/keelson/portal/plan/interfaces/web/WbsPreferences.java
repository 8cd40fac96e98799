package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** How far the WBS tree opens, remembered for the session across plans and visits. */
@SessionScoped
public class WbsPreferences implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Phases and their work packages: enough to see the plan's shape without thousands of rows. */
    static final int DEFAULT_OPEN_LEVELS = 2;
    static final int MAX_OPEN_LEVELS = 4;

    private int openLevels = DEFAULT_OPEN_LEVELS;

    public int getOpenLevels() {
        return openLevels;
    }

    /** @throws IllegalArgumentException outside 1..4, the depth of a Keelson WBS */
    public void setOpenLevels(int openLevels) {
        if (openLevels < 1 || openLevels > MAX_OPEN_LEVELS) {
            throw new IllegalArgumentException("WBS levels to open must be 1.." + MAX_OPEN_LEVELS + ": " + openLevels);
        }
        this.openLevels = openLevels;
    }
}
