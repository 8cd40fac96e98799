package org.keelson.portal.plan.application;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.validation.constraints.Size;

import org.keelson.portal.plan.domain.ActivityEntity;
import org.keelson.portal.plan.domain.AssumptionValue;
import org.keelson.portal.plan.domain.BaselineEntity;
import org.keelson.portal.plan.domain.BaselineEntryValue;
import org.keelson.portal.plan.domain.BenefitLineEntity;
import org.keelson.portal.plan.domain.BenefitModelFigures;
import org.keelson.portal.plan.domain.BudgetCategoryEntity;
import org.keelson.portal.plan.domain.BudgetLineValue;
import org.keelson.portal.plan.domain.CorrelationValue;
import org.keelson.portal.plan.domain.HolidayValue;
import org.keelson.portal.plan.domain.KpiEntity;
import org.keelson.portal.plan.domain.LocalizedNameValue;
import org.keelson.portal.plan.domain.LocalizedTextValue;
import org.keelson.portal.plan.domain.MilestoneEntity;
import org.keelson.portal.plan.domain.PhaseEntity;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.RelationValue;
import org.keelson.portal.plan.domain.ReserveDrawdownValue;
import org.keelson.portal.plan.domain.RiskActionValue;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;

/**
 * The column sizes of V2__plan_model.sql, read from the {@link Size @Size} constraints of the plan entities, checked
 * before writing so that a plan the codec accepts but the database cannot hold is refused with the JSON path of each
 * offending value (in the codec's path style, {@code wbs[3].name.zh}) rather than a database error.
 * <p>
 * Lengths count UTF-16 code units, as {@code @Size} does and as H2 counts varchar(n); PostgreSQL counts characters
 * (code points), which are never more, so a value that passes fits both databases. The two counts differ only for
 * characters outside the Basic Multilingual Plane, such as emoji, which take two units each: 600 emoji are 1,200 units
 * and do not fit a name column of 1,000.
 */
final class StorageLimits {
    private final List<PlanNotStorableException.Violation> violations = new ArrayList<>();

    private StorageLimits() {
    }

    static List<PlanNotStorableException.Violation> check(Plan plan) {
        StorageLimits limits = new StorageLimits();
        limits.checkPlan(plan);
        return List.copyOf(limits.violations);
    }

    /**
     * The {@code @Size} maximum of a mapped field: on the field itself, or for a collection of strings on its element
     * type ({@code List<@Size(max = 64) String>}).
     *
     * @throws IllegalStateException when the field has no {@code @Size}
     */
    static int maxLength(Field field) {
        Size size = field.getAnnotation(Size.class);
        AnnotatedType type = field.getAnnotatedType();
        if (size == null && type instanceof AnnotatedParameterizedType collection) {
            size = collection.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class);
        }
        if (size == null) {
            throw new IllegalStateException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " has no @Size: the length of its column is unknown");
        }
        return size.max();
    }

    private static int maxLength(Class<?> type, String field) {
        try {
            return maxLength(type.getDeclaredField(field));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no field " + field, e);
        }
    }

    private void checkPlan(Plan plan) {
        if (plan.code() == null || plan.code().isBlank()) {
            violations.add(new PlanNotStorableException.Violation("code", "is required"));
        }
        text("code", plan.code(), PlanEntity.class, "code");
        name("name", plan.name());
        text("description", plan.description());
        text("currency", plan.currency(), PlanEntity.class, "currency");
        text("locale", plan.locale(), PlanEntity.class, "locale");
        text("manager", plan.manager(), PlanEntity.class, "manager");
        each("calendar.holidays", plan.calendar().holidays(),
                (p, h) -> text(p + ".name", h.name(), HolidayValue.class, "name"));
        each("phases", plan.phases(), (p, phase) -> {
            text(p + ".code", phase.code(), PhaseEntity.class, "code");
            name(p + ".name", phase.name());
            text(p + ".description", phase.description());
        });
        each("milestones", plan.milestones(), (p, m) -> {
            text(p + ".code", m.code(), MilestoneEntity.class, "code");
            name(p + ".name", m.name());
            text(p + ".phase", m.phase(), MilestoneEntity.class, "phaseCode");
            text(p + ".activity", m.activity(), MilestoneEntity.class, "activityCode");
            text(p + ".deliverable", m.deliverable());
            text(p + ".acceptanceCriterion", m.acceptanceCriterion());
        });
        each("wbs", plan.wbs(), (p, a) -> {
            text(p + ".code", a.code(), ActivityEntity.class, "code");
            name(p + ".name", a.name());
            text(p + ".owner", a.owner(), ActivityEntity.class, "owner");
            text(p + ".phase", a.phase(), ActivityEntity.class, "phaseCode");
            text(p + ".budgetCategory", a.budgetCategory(), ActivityEntity.class, "budgetCategory");
            each(p + ".relations", a.relations(),
                    (q, r) -> text(q + ".predecessor", r.predecessor(), RelationValue.class, "predecessor"));
        });
        each("correlations", plan.correlations(), (p, c) -> {
            text(p + ".first", c.first(), CorrelationValue.class, "first");
            text(p + ".second", c.second(), CorrelationValue.class, "second");
        });
        if (plan.budget() != null) {
            each("budget.categories", plan.budget().categories(), (p, c) -> {
                text(p + ".code", c.code(), BudgetCategoryEntity.class, "code");
                name(p + ".name", c.name());
                text(p + ".group", c.group(), BudgetCategoryEntity.class, "group");
            });
            each("budget.lines", plan.budget().lines(), (p, l) -> {
                text(p + ".category", l.category(), BudgetLineValue.class, "category");
                text(p + ".quarter", l.quarter() == null ? null : l.quarter().toString(), BudgetLineValue.class,
                        "quarter");
            });
            each("budget.reserveDrawdowns", plan.budget().reserveDrawdowns(), (p, d) -> {
                text(p + ".category", d.category(), ReserveDrawdownValue.class, "category");
                text(p + ".reason", d.reason(), ReserveDrawdownValue.class, "reason");
                text(p + ".by", d.by(), ReserveDrawdownValue.class, "by");
            });
        }
        each("risks", plan.risks(), (p, r) -> {
            text(p + ".code", r.code(), RiskEntity.class, "code");
            name(p + ".title", r.title());
            text(p + ".category", r.category(), RiskEntity.class, "category");
            text(p + ".owner", r.owner(), RiskEntity.class, "owner");
            text(p + ".responsePlan", r.responsePlan());
            text(p + ".warningTrigger", r.warningTrigger());
            text(p + ".stopLoss", r.stopLoss());
            text(p + ".recoveryPlan", r.recoveryPlan());
            text(p + ".description", r.description());
            each(p + ".activities", r.activities(), (q, code) -> text(q, code, RiskEntity.class, "activityCodes"));
            each(p + ".actions", r.actions(), (q, a) -> {
                text(q + ".description", a.description(), RiskActionValue.class, "description");
                text(q + ".owner", a.owner(), RiskActionValue.class, "owner");
            });
        });
        each("kpis", plan.kpis(), (p, k) -> {
            text(p + ".code", k.code(), KpiEntity.class, "code");
            name(p + ".name", k.name());
            text(p + ".unit", k.unit(), KpiEntity.class, "unit");
            text(p + ".group", k.group(), KpiEntity.class, "group");
        });
        if (plan.benefits() != null) {
            text("benefits.goLiveMilestone", plan.benefits().goLiveMilestone(), BenefitModelFigures.class,
                    "goLiveMilestone");
            each("benefits.lines", plan.benefits().lines(), (p, b) -> {
                text(p + ".code", b.code(), BenefitLineEntity.class, "code");
                name(p + ".name", b.name());
            });
        }
        each("baselines", plan.baselines(), (p, b) -> {
            text(p + ".name", b.name(), BaselineEntity.class, "name");
            each(p + ".entries", b.entries(), (q, e) -> text(q + ".code", e.code(), BaselineEntryValue.class, "code"));
        });
        each("assumptions", plan.assumptions(), (p, a) -> {
            text(p + ".subject", a.subject(), AssumptionValue.class, "subject");
            text(p + ".text", a.text(), AssumptionValue.class, "text");
        });
    }

    /** A name or title: a {@link LocalizedNameValue} in the database. */
    private void name(String path, LocalizedText value) {
        localized(path, value, LocalizedNameValue.class);
    }

    /** A longer text: a {@link LocalizedTextValue} in the database. */
    private void text(String path, LocalizedText value) {
        localized(path, value, LocalizedTextValue.class);
    }

    private void localized(String path, LocalizedText value, Class<?> storedAs) {
        if (value != null) {
            text(path + ".zh", value.zh(), storedAs, "zh");
            text(path + ".en", value.en(), storedAs, "en");
        }
    }

    private void text(String path, String value, Class<?> storedIn, String field) {
        int max = maxLength(storedIn, field);
        if (value != null && value.length() > max) {
            int outsideBmp = value.length() - value.codePointCount(0, value.length());
            String length = outsideBmp == 0 ? value.length() + " characters long"
                    : value.length() + " characters long, counting each of its " + outsideBmp
                            + " emoji or other characters outside the Basic Multilingual Plane as two";
            violations.add(new PlanNotStorableException.Violation(path,
                    "is " + length + "; at most " + max + " can be stored"));
        }
    }

    private static <T> void each(String path, List<T> items, BiConsumer<String, T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(path + "[" + i + "]", items.get(i));
        }
    }
}
