package org.keelson.portal.plan.interfaces.web;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanAction;

/** A stored revision action ({@code UPDATE_ACTIVITY 1.2}) in the reader's language: "修改任务 1.2". */
public final class HistoryLabels {

    private HistoryLabels() {
    }

    public static String action(String stored) {
        if (stored == null) {
            return Messages.DASH;
        }
        int space = stored.indexOf(' ');
        String name = space < 0 ? stored : stored.substring(0, space);
        String subject = space < 0 ? "" : stored.substring(space);
        try {
            return Messages.get("action." + PlanAction.valueOf(name).name()) + subject;
        } catch (IllegalArgumentException unknown) {
            return stored;
        }
    }
}
