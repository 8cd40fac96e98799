package org.keelson.portal.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;

/**
 * The column sizes of V2__plan_model.sql, checked before writing so that a plan the codec accepts but the
 * database cannot hold is refused with the JSON path of each offending value (in the codec's path style,
 * {@code wbs[3].name.zh}) rather than a database error. Lengths count characters (code points), as
 * varchar(n) does on H2 and PostgreSQL.
 */
final class StorageLimits {
    static final int CODE = 64;
    static final int NAME = 1000;
    static final int TEXT = 8000;
    static final int PERSON = 200;

    private final List<PlanNotStorableException.Violation> violations = new ArrayList<>();

    private StorageLimits() {
    }

    static List<PlanNotStorableException.Violation> check(Plan plan) {
        StorageLimits limits = new StorageLimits();
        limits.checkPlan(plan);
        return List.copyOf(limits.violations);
    }

    private void checkPlan(Plan plan) {
        if (plan.code() == null || plan.code().isBlank()) {
            violations.add(new PlanNotStorableException.Violation("code", "is required"));
        }
        text("code", plan.code(), CODE);
        text("name", plan.name(), NAME);
        text("description", plan.description(), TEXT);
        text("manager", plan.manager(), PERSON);
        each("calendar.holidays", plan.calendar().holidays(), (p, h) -> text(p + ".name", h.name(), PERSON));
        each("phases", plan.phases(), (p, phase) -> {
            text(p + ".code", phase.code(), CODE);
            text(p + ".name", phase.name(), NAME);
            text(p + ".description", phase.description(), TEXT);
        });
        each("milestones", plan.milestones(), (p, m) -> {
            text(p + ".code", m.code(), CODE);
            text(p + ".name", m.name(), NAME);
            text(p + ".phase", m.phase(), CODE);
            text(p + ".activity", m.activity(), CODE);
            text(p + ".deliverable", m.deliverable(), TEXT);
            text(p + ".acceptanceCriterion", m.acceptanceCriterion(), TEXT);
        });
        each("wbs", plan.wbs(), (p, a) -> {
            text(p + ".code", a.code(), CODE);
            text(p + ".name", a.name(), NAME);
            text(p + ".owner", a.owner(), PERSON);
            text(p + ".phase", a.phase(), CODE);
            text(p + ".budgetCategory", a.budgetCategory(), CODE);
            each(p + ".relations", a.relations(), (q, r) -> text(q + ".predecessor", r.predecessor(), CODE));
        });
        each("correlations", plan.correlations(), (p, c) -> {
            text(p + ".first", c.first(), CODE);
            text(p + ".second", c.second(), CODE);
        });
        if (plan.budget() != null) {
            each("budget.categories", plan.budget().categories(), (p, c) -> {
                text(p + ".code", c.code(), CODE);
                text(p + ".name", c.name(), NAME);
                text(p + ".group", c.group(), CODE);
            });
            each("budget.lines", plan.budget().lines(), (p, l) -> text(p + ".category", l.category(), CODE));
        }
        each("risks", plan.risks(), (p, r) -> {
            text(p + ".code", r.code(), CODE);
            text(p + ".title", r.title(), NAME);
            text(p + ".category", r.category(), CODE);
            text(p + ".owner", r.owner(), PERSON);
            text(p + ".responsePlan", r.responsePlan(), TEXT);
            text(p + ".warningTrigger", r.warningTrigger(), TEXT);
            text(p + ".stopLoss", r.stopLoss(), TEXT);
            text(p + ".recoveryPlan", r.recoveryPlan(), TEXT);
            each(p + ".activities", r.activities(), (q, code) -> text(q, code, CODE));
        });
        each("kpis", plan.kpis(), (p, k) -> {
            text(p + ".code", k.code(), CODE);
            text(p + ".name", k.name(), NAME);
            text(p + ".unit", k.unit(), CODE);
            text(p + ".group", k.group(), CODE);
        });
        if (plan.benefits() != null) {
            text("benefits.goLiveMilestone", plan.benefits().goLiveMilestone(), CODE);
            each("benefits.lines", plan.benefits().lines(), (p, b) -> {
                text(p + ".code", b.code(), CODE);
                text(p + ".name", b.name(), NAME);
            });
        }
        each("baselines", plan.baselines(), (p, b) -> {
            text(p + ".name", b.name(), PERSON);
            each(p + ".entries", b.entries(), (q, e) -> text(q + ".code", e.code(), CODE));
        });
        each("assumptions", plan.assumptions(), (p, a) -> {
            text(p + ".subject", a.subject(), NAME);
            text(p + ".text", a.text(), TEXT);
        });
    }

    private void text(String path, LocalizedText value, int max) {
        if (value != null) {
            text(path + ".zh", value.zh(), max);
            text(path + ".en", value.en(), max);
        }
    }

    private void text(String path, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            violations.add(new PlanNotStorableException.Violation(path,
                    "is " + value.codePointCount(0, value.length()) + " characters long; at most " + max + " can be stored"));
        }
    }

    private static <T> void each(String path, List<T> items, BiConsumer<String, T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(path + "[" + i + "]", items.get(i));
        }
    }
}
