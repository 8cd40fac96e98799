package org.keelson.simulation.plan.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;

/**
 * Every place a plan names a WBS element by code: links between activities, the activity carrying a milestone,
 * the activities a risk affects, correlations and baseline entries. When the WBS is renumbered, they follow their
 * element; when an element is removed, links, risk links, correlations and baseline entries naming it go with it
 * and a milestone keeps its dates but no longer names an activity.
 */
final class PlanReferences {

    private PlanReferences() {
    }

    /**
     * {@code plan} with {@code wbs} (already carrying the new codes) and every reference rewritten through
     * {@code renamed} (old code to new code, for every element that stays); references to {@code removed} dropped.
     */
    static Plan follow(Plan plan, List<Activity> wbs, Map<String, String> renamed, Set<String> removed) {
        List<Activity> linked = wbs.stream().map(a -> withRelations(a, a.relations().stream()
                .filter(r -> !removed.contains(r.predecessor()))
                .map(r -> new Relation(renamed.getOrDefault(r.predecessor(), r.predecessor()), r.type(), r.lag()))
                .toList())).toList();
        List<Milestone> milestones = plan.milestones().stream().map(m -> m.activity() == null ? m
                : new Milestone(m.code(), m.name(), m.phase(),
                        removed.contains(m.activity()) ? null : renamed.getOrDefault(m.activity(), m.activity()),
                        m.due(), m.baseline(), m.forecast(), m.actual(), m.deliverable(), m.acceptanceCriterion()))
                .toList();
        List<Risk> risks = plan.risks().stream().map(r -> new Risk(r.code(), r.title(), r.category(), r.owner(),
                r.probability(), r.impact(), r.residualProbability(), r.residualImpact(), r.status(), r.response(),
                r.responsePlan(), r.warningTrigger(), r.stopLoss(), r.recoveryPlan(), r.preMitigation(),
                r.postMitigation(), follow(r.activities(), renamed, removed))).toList();
        List<Correlation> correlations = plan.correlations().stream()
                .filter(c -> !removed.contains(c.first()) && !removed.contains(c.second()))
                .map(c -> new Correlation(renamed.getOrDefault(c.first(), c.first()),
                        renamed.getOrDefault(c.second(), c.second()), c.coefficient()))
                .toList();
        List<Baseline> baselines = plan.baselines().stream().map(b -> new Baseline(b.name(), b.capturedOn(),
                b.entries().stream().filter(e -> !removed.contains(e.code()))
                        .map(e -> new BaselineEntry(
                                renamed.getOrDefault(e.code(), e.code()), e.start(), e.finish(), e.cost()))
                        .toList())).toList();
        return new PlanBuilder(plan).wbs(linked).milestones(milestones).risks(risks).correlations(correlations)
                .baselines(baselines).build();
    }

    private static List<String> follow(List<String> codes, Map<String, String> renamed, Set<String> removed) {
        return codes.stream().filter(c -> !removed.contains(c)).map(c -> renamed.getOrDefault(c, c)).toList();
    }

    static Activity withCode(Activity a, String code) {
        return Objects.equals(a.code(), code) ? a : new Activity(code, a.name(), a.owner(), a.phase(), a.milestone(),
                a.duration(), a.estimate(), a.plannedStart(), a.plannedFinish(), a.percentComplete(), a.actualStart(),
                a.actualFinish(), a.fixedCost(), a.costPerDay(), a.budgetCategory(), a.relations());
    }

    static Activity withRelations(Activity a, List<Relation> relations) {
        return a.relations().equals(relations) ? a : new Activity(a.code(), a.name(), a.owner(), a.phase(),
                a.milestone(), a.duration(), a.estimate(), a.plannedStart(), a.plannedFinish(), a.percentComplete(),
                a.actualStart(), a.actualFinish(), a.fixedCost(), a.costPerDay(), a.budgetCategory(), relations);
    }
}
