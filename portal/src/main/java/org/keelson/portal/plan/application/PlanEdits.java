package org.keelson.portal.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.BudgetEdits;
import org.keelson.simulation.plan.edit.BudgetEditsJson;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.plan.edit.StatusUpdate;
import org.keelson.simulation.plan.edit.WbsEditException;
import org.keelson.simulation.plan.edit.WbsEdits;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.text.LocalizedText;

/**
 * The edits the pages and the REST API offer, as {@link PlanEdit}s for {@link PlanEditing}: both build the same
 * edit from the same input, so they refuse the same things with the same messages. Element values travel in the
 * interchange format's field names (a JSON object), which is what a page's form and a REST body both produce.
 */
public final class PlanEdits {
    private static final PlanJson JSON = new PlanJson();

    private PlanEdits() {
    }

    /** A JSON merge patch (RFC 7396) of one element of {@code section}. */
    public static PlanEdit patch(PlanSection section, String code, String mergePatch) {
        return plan -> {
            requireElement(plan, section, code);
            return PlanChange.of(JSON.mergePatch(plan, section, code, mergePatch));
        };
    }

    /** One WBS element changed by {@code change} (a page's form); its code stays. */
    public static PlanEdit updateActivity(String code, UnaryOperator<Activity> change) {
        return plan -> {
            requireElement(plan, PlanSection.WBS, code);
            return PlanChange.of(new PlanBuilder(plan).wbs(plan.wbs().stream()
                    .map(a -> a.code().equals(code) ? change.apply(a) : a).toList()).build());
        };
    }

    /** One more milestone (or risk), given whole with its code. */
    public static PlanEdit add(PlanSection section, String element) {
        return plan -> PlanChange.of(JSON.addElement(plan, section, element));
    }

    /** Removes a milestone (or risk); what named it (an activity's milestone flag stays) is checked by the rules. */
    public static PlanEdit remove(PlanSection section, String code) {
        return plan -> {
            requireElement(plan, section, code);
            PlanBuilder builder = new PlanBuilder(plan);
            if (section == PlanSection.MILESTONES) {
                builder.milestones(plan.milestones().stream().filter(m -> !m.code().equals(code)).toList());
            } else if (section == PlanSection.RISKS) {
                builder.risks(plan.risks().stream().filter(r -> !r.code().equals(code)).toList());
            } else {
                return PlanChange.of(wbs(plan, code, p -> WbsEdits.delete(p, code)));
            }
            return PlanChange.of(builder.build());
        };
    }

    /**
     * A new WBS element, given as a JSON object without a code, right after {@code after}'s subtree or, when
     * {@code parent} is given instead, as the last child of {@code parent}: the WBS is renumbered around it.
     */
    public static PlanEdit insertActivity(String after, String parent, String element) {
        return plan -> {
            String marker = UUID.randomUUID().toString();
            Activity placeholder = new Activity("0", LocalizedText.of(marker, marker), null, null, false, 1, null,
                    null, null, 0, null, null, 0, 0, null, List.of());
            WbsEdits.Result inserted;
            if (parent != null) {
                requireElement(plan, PlanSection.WBS, parent);
                inserted = wbs(plan, parent, p -> WbsEdits.addChild(p, parent, placeholder));
            } else {
                if (after != null) {
                    requireElement(plan, PlanSection.WBS, after);
                }
                inserted = WbsEdits.insertAfter(plan, after, placeholder);
            }
            String code = inserted.plan().wbs().stream().filter(a -> marker.equals(a.name().zh())).findFirst()
                    .orElseThrow().code();
            Plan patched = JSON.mergePatch(inserted.plan(), PlanSection.WBS, code, element);
            if (patched.wbs().stream().anyMatch(a -> marker.equals(a.name().zh()))) {
                throw new PlanValidationException(List.of(new ValidationError("name", "a new element needs a name")));
            }
            return new PlanChange(patched, inserted.renamed());
        };
    }

    public static PlanEdit indent(String code) {
        return plan -> PlanChange.of(wbs(plan, code, p -> WbsEdits.indent(p, code)));
    }

    public static PlanEdit outdent(String code) {
        return plan -> PlanChange.of(wbs(plan, code, p -> WbsEdits.outdent(p, code)));
    }

    public static PlanEdit moveUp(String code) {
        return plan -> PlanChange.of(wbs(plan, code, p -> WbsEdits.moveUp(p, code)));
    }

    public static PlanEdit moveDown(String code) {
        return plan -> PlanChange.of(wbs(plan, code, p -> WbsEdits.moveDown(p, code)));
    }

    /** Progress at a status date. */
    public static PlanEdit recordStatus(StatusUpdate update) {
        return plan -> PlanChange.of(update.applyTo(plan));
    }

    /** The budget's total, reserve percentage and planned amounts (the budget page, PATCH of the budget). */
    public static PlanEdit reviseBudget(BudgetEditsJson.Revision revision) {
        return plan -> PlanChange.of(BudgetEdits.revise(plan, revision.total(), revision.contingencyPercent(),
                revision.amounts()));
    }

    /** Money moved from the reserve to a category in a quarter, recorded as made by {@code user} on {@code date}. */
    public static PlanEdit drawReserve(BudgetEditsJson.Drawdown drawdown, String user, LocalDate date) {
        return plan -> PlanChange.of(BudgetEdits.drawReserve(plan, drawdown.category(), drawdown.quarter(),
                drawdown.amount(), drawdown.reason(), user, date));
    }

    /** The plan as it stands, kept as baseline {@code name}; a baseline of that name is replaced. */
    public static PlanEdit saveBaseline(String name, LocalDate capturedOn) {
        return plan -> {
            if (name == null || name.isBlank()) {
                throw new PlanValidationException(List.of(new ValidationError("name", "a baseline needs a name")));
            }
            // a baseline saved again under its name stays the compared one if it was
            boolean compared = plan.baselines().stream().anyMatch(b -> b.name().equals(name.strip()) && b.compared());
            List<Baseline> baselines = new ArrayList<>(plan.baselines().stream()
                    .filter(b -> !b.name().equals(name.strip())).toList());
            baselines.add(Baselines.capture(plan, name.strip(), capturedOn).comparedAs(compared));
            return PlanChange.of(new PlanBuilder(plan).baselines(baselines).build());
        };
    }

    /** Baseline {@code name} chosen for every comparison of the plan (and no other). */
    public static PlanEdit compareWithBaseline(String name) {
        return plan -> {
            if (plan.baselines().stream().noneMatch(b -> b.name().equals(name))) {
                throw new PlanElementNotFoundException("the plan has no baseline " + name);
            }
            return PlanChange.of(new PlanBuilder(plan).baselines(plan.baselines().stream()
                    .map(b -> b.comparedAs(b.name().equals(name))).toList()).build());
        };
    }

    /** Any change of the plan's own figures, built by the caller from the current plan. */
    public static PlanEdit replace(UnaryOperator<Plan> change) {
        return plan -> PlanChange.of(change.apply(plan));
    }

    /**
     * A structural edit of element {@code code}; one that has no meaning for it (moving the first element up) is
     * refused at the element's path, like a broken rule.
     */
    private static WbsEdits.Result wbs(Plan plan, String code, Function<Plan, WbsEdits.Result> edit) {
        requireElement(plan, PlanSection.WBS, code);
        try {
            return edit.apply(plan);
        } catch (WbsEditException e) {
            int index = plan.wbs().indexOf(plan.wbs().stream().filter(a -> a.code().equals(code)).findFirst()
                    .orElseThrow());
            throw new PlanValidationException(List.of(new ValidationError("wbs[" + index + "]", e.reason())));
        }
    }

    private static void requireElement(Plan plan, PlanSection section, String code) {
        boolean present = switch (section) {
            case WBS -> plan.wbs().stream().anyMatch(a -> a.code().equals(code));
            case MILESTONES -> plan.milestones().stream().anyMatch(m -> m.code().equals(code));
            case RISKS -> plan.risks().stream().anyMatch(r -> r.code().equals(code));
        };
        if (!present) {
            throw new PlanElementNotFoundException("the plan has no " + section.field() + " element " + code);
        }
    }
}
