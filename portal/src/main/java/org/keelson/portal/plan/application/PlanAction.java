package org.keelson.portal.plan.application;

/**
 * What a user did to a plan, as the History page names it: stored with the revision as {@code NAME subject}
 * (e.g. {@code UPDATE_ACTIVITY 1.2.3}) so the page can say it in the reader's language.
 */
public enum PlanAction {
    IMPORT_PLAN,
    CREATE_PLAN,
    DELETE_PLAN,
    RESTORE_PLAN,
    UPDATE_PLAN,
    UPDATE_CALENDAR,
    ADD_ACTIVITY,
    UPDATE_ACTIVITY,
    INDENT_ACTIVITY,
    OUTDENT_ACTIVITY,
    MOVE_ACTIVITY,
    DELETE_ACTIVITY,
    ADD_MILESTONE,
    UPDATE_MILESTONE,
    DELETE_MILESTONE,
    RECORD_STATUS,
    SAVE_BASELINE,
    COMPARE_BASELINE,
    DELETE_BASELINE,
    ADD_RISK,
    UPDATE_RISK,
    DELETE_RISK,
    UPDATE_BUDGET,
    DRAW_RESERVE,
    IMPORT_ACTUALS,
    UPDATE_KPI;

    /** The stored form: the action's name and, when there is one, the element it was done to. */
    public String on(String subject) {
        return subject == null || subject.isEmpty() ? name() : name() + " " + subject;
    }
}
