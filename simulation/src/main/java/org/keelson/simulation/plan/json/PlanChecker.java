package org.keelson.simulation.plan.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.DependencyOrder;
import org.keelson.simulation.schedule.Relation;

/**
 * Second pass of reading: the checks that need the whole plan — unique codes, the WBS hierarchy, references
 * between sections, actuals against the status date and dependency cycles. It works on what {@link PlanReader}
 * decoded, skipping values that were already reported as missing or malformed.
 */
final class PlanChecker {

    /** Dot-separated positive numbers without leading zeros: 1, 1.2, 1.2.3; the depth is checked on its own. */
    private static final Pattern WBS_CODE = Pattern.compile("[1-9]\\d*(\\.[1-9]\\d*)*");
    private static final int MAX_WBS_LEVELS = 4;
    /** Half a fen: drawdowns that use the reserve up exactly may differ from it by floating-point residue. */
    private static final double MONEY_ROUNDING = 0.005;

    private final Plan plan;
    private final Map<Object, String> paths;
    private final Set<Activity> durationOmitted;
    private final Problems problems;

    /* Whether each list's codes were all readable; references into a list that was not are not checked. */
    private final boolean phasesComplete;
    private final boolean categoriesComplete;
    private final boolean wbsComplete;
    private final boolean milestonesComplete;

    /** WBS codes to the first activity carrying them, in WBS order. */
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    /** Position of each WBS code in the list, for WBS-ordered output. */
    private final Map<String, Integer> positions = new HashMap<>();
    /** Codes of activities that have children. */
    private final Set<String> summaries = new HashSet<>();

    PlanChecker(Plan plan, PlanReader reader, Problems problems) {
        this.plan = plan;
        this.paths = reader.paths();
        this.durationOmitted = reader.durationOmitted();
        this.problems = problems;
        this.phasesComplete = !problems.mayHideCodes("phases", "code");
        this.categoriesComplete = !problems.hasErrorAt("budget") && !problems.mayHideCodes("budget.categories", "code");
        this.wbsComplete = !problems.mayHideCodes("wbs", "code");
        this.milestonesComplete = !problems.mayHideCodes("milestones", "code");
    }

    void check() {
        Set<String> phases = uniqueCodes(plan.phases(), Phase::code, "code");
        Set<String> categories = plan.budget() == null ? Set.of()
                : uniqueCodes(plan.budget().categories(), BudgetCategory::code, "code");
        checkWbsHierarchy();
        checkActivities(phases, categories);
        checkDependencyCycles();
        checkCorrelations();
        Set<String> milestones = checkMilestones(phases);
        checkBudgetLines(categories);
        checkRisks();
        checkKpis();
        checkBenefits(milestones);
        uniqueCodes(plan.baselines(), Baseline::name, "name");
        Baseline compared = null;
        for (Baseline baseline : plan.baselines()) {
            if (baseline.compared() && compared != null) {
                problems.add(at(baseline, "compared"), "comparisons use one baseline; " + paths.get(compared)
                        + " is compared already");
            } else if (baseline.compared()) {
                compared = baseline;
            }
        }
    }

    private void checkWbsHierarchy() {
        List<Activity> wbs = plan.wbs();
        for (int i = 0; i < wbs.size(); i++) {
            Activity activity = wbs.get(i);
            String code = activity.code();
            if (code == null) {
                continue;
            }
            String path = at(activity, "code");
            if (activities.containsKey(code)) {
                problems.add(path, "duplicate code \"" + code + "\" (also at " + paths.get(activities.get(code)) + ")");
                continue;
            }
            activities.put(code, activity);
            positions.put(code, i);
            if (!WBS_CODE.matcher(code).matches()) {
                problems.add(path, "\"" + code + "\" is not a WBS code like 1.2.3");
            } else if (activity.level() > MAX_WBS_LEVELS) {
                problems.add(path, "\"" + code + "\" has " + activity.level() + " levels; at most "
                        + MAX_WBS_LEVELS + " are allowed");
            }
        }
        for (Activity activity : activities.values()) {
            String parent = activity.parentCode();
            if (parent == null || !WBS_CODE.matcher(activity.code()).matches()) {
                continue;
            }
            summaries.add(parent);
            Integer parentPosition = positions.get(parent);
            if (parentPosition == null) {
                problems.add(at(activity, "code"), "parent \"" + parent + "\" of \"" + activity.code() + "\" does not exist");
            } else if (parentPosition > positions.get(activity.code())) {
                problems.add(at(activity, "code"), "parent \"" + parent + "\" must be listed before \""
                        + activity.code() + "\" (it is at " + paths.get(activities.get(parent)) + ")");
            }
        }
    }

    private void checkActivities(Set<String> phases, Set<String> categories) {
        for (Activity activity : plan.wbs()) {
            String code = activity.code();
            boolean summary = code != null && summaries.contains(code);
            if (activity.milestone()) {
                if (summary) {
                    problems.add(at(activity, "milestone"), "\"" + code + "\" has children; a milestone must be a leaf");
                }
                if (activity.duration() != 0) {
                    problems.add(at(activity, "duration"), "a milestone has duration 0, got "
                            + Problems.format(activity.duration()));
                }
                if (activity.estimate() != null) {
                    problems.add(at(activity, "estimate"), "a milestone has no duration estimate");
                }
            } else if (summary) {
                String leavesOnly = "\"" + code + "\" is a summary activity; ";
                if (activity.estimate() != null) {
                    problems.add(at(activity, "estimate"), leavesOnly + "duration estimates belong to its leaves");
                }
                if (activity.fixedCost() != 0) {
                    problems.add(at(activity, "fixedCost"), leavesOnly + "costs belong to its leaves");
                }
                if (activity.costPerDay() != 0) {
                    problems.add(at(activity, "costPerDay"), leavesOnly + "costs belong to its leaves");
                }
                if (!activity.relations().isEmpty()) {
                    problems.add(at(activity, "relations"), leavesOnly + "relations link leaf activities only");
                }
            } else if (durationOmitted.contains(activity)) {
                problems.add(at(activity, "duration"), "missing required field (a leaf activity needs a duration)");
            }
            if (phasesComplete && activity.phase() != null && !phases.contains(activity.phase())) {
                problems.add(at(activity, "phase"), "unknown phase \"" + activity.phase() + "\"");
            }
            if (categoriesComplete && activity.budgetCategory() != null && !categories.contains(activity.budgetCategory())) {
                problems.add(at(activity, "budgetCategory"), "unknown budget category \"" + activity.budgetCategory() + "\"");
            }
            notAfterStatusDate(at(activity, "actualStart"), activity.actualStart());
            notAfterStatusDate(at(activity, "actualFinish"), activity.actualFinish());
            if (!summary) {
                checkRelations(activity);
            }
        }
    }

    /** Two links of different types between one pair are allowed (a P6 SS+FF ladder); the same type twice is not. */
    private void checkRelations(Activity successor) {
        Set<String> links = new HashSet<>();
        for (Relation relation : successor.relations()) {
            String predecessor = relation.predecessor();
            String path = at(relation, "predecessor");
            if (predecessor == null) {
                continue;
            }
            if (predecessor.equals(successor.code())) {
                problems.add(path, "an activity cannot depend on itself");
            } else if (!activities.containsKey(predecessor)) {
                reportUnknownActivity(path, predecessor);
            } else if (summaries.contains(predecessor)) {
                problems.add(path, "\"" + predecessor + "\" is a summary activity; relations link leaf activities only");
            } else if (!links.add(predecessor + " " + relation.type())) {
                problems.add(path, "duplicate " + relation.type() + " relation to \"" + predecessor + "\"");
            }
        }
    }

    /** A usable leaf-to-leaf link, the only kind that takes part in scheduling. */
    private boolean schedulable(Activity successor, Relation relation) {
        String predecessor = relation.predecessor();
        return successor.code() != null && !summaries.contains(successor.code()) && predecessor != null
                && !predecessor.equals(successor.code()) && activities.containsKey(predecessor)
                && !summaries.contains(predecessor);
    }

    /** Names every cycle among the leaf relations, by the rule of {@link DependencyOrder#cycles}. */
    private void checkDependencyCycles() {
        List<String> codes = new ArrayList<>(activities.keySet());
        Map<String, Integer> index = new HashMap<>();
        codes.forEach(code -> index.put(code, index.size()));
        List<List<Integer>> links = new ArrayList<>();
        codes.forEach(code -> links.add(new ArrayList<>()));
        for (Activity activity : activities.values()) {
            for (Relation relation : activity.relations()) {
                if (schedulable(activity, relation)) {
                    links.get(index.get(relation.predecessor())).add(index.get(activity.code()));
                }
            }
        }
        int[][] successors = links.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        for (List<Integer> cycle : DependencyOrder.cycles(successors)) {
            problems.add("wbs", "dependency cycle " + DependencyOrder.describe(cycle.stream().map(codes::get).toList()));
        }
    }

    private void checkCorrelations() {
        Set<Set<String>> pairs = new HashSet<>();
        for (Correlation correlation : plan.correlations()) {
            boolean firstUsable = leafReference(at(correlation, "first"), correlation.first(), "correlations");
            boolean secondUsable = leafReference(at(correlation, "second"), correlation.second(), "correlations");
            if (!firstUsable || !secondUsable) {
                continue;
            }
            if (correlation.first().equals(correlation.second())) {
                problems.add(at(correlation, "second"), "an activity cannot be correlated with itself");
            } else if (!pairs.add(Set.of(correlation.first(), correlation.second()))) {
                problems.add(paths.get(correlation), "duplicate correlation between \"" + correlation.first()
                        + "\" and \"" + correlation.second() + "\"");
            }
        }
    }

    /** Reports a reference that is not an existing leaf; true when it is one. */
    private boolean leafReference(String path, String code, String what) {
        if (code == null) {
            return false;
        }
        if (!activities.containsKey(code)) {
            reportUnknownActivity(path, code);
            return false;
        }
        if (summaries.contains(code)) {
            problems.add(path, "\"" + code + "\" is a summary activity; " + what + " link leaf activities only");
            return false;
        }
        return true;
    }

    private Set<String> checkMilestones(Set<String> phases) {
        Set<String> codes = uniqueCodes(plan.milestones(), Milestone::code, "code");
        for (Milestone milestone : plan.milestones()) {
            if (phasesComplete && milestone.phase() != null && !phases.contains(milestone.phase())) {
                problems.add(at(milestone, "phase"), "unknown phase \"" + milestone.phase() + "\"");
            }
            String activity = milestone.activity();
            if (activity != null) {
                if (!activities.containsKey(activity)) {
                    reportUnknownActivity(at(milestone, "activity"), activity);
                } else if (!activities.get(activity).milestone()) {
                    problems.add(at(milestone, "activity"), "activity \"" + activity
                            + "\" is not a milestone (\"milestone\": true, duration 0)");
                }
            }
            notAfterStatusDate(at(milestone, "actual"), milestone.actual());
        }
        return codes;
    }

    private void checkBudgetLines(Set<String> categories) {
        if (plan.budget() == null) {
            return;
        }
        Map<List<Object>, BudgetLine> lines = new HashMap<>();
        for (BudgetLine line : plan.budget().lines()) {
            if (categoriesComplete && line.category() != null && !categories.contains(line.category())) {
                problems.add(at(line, "category"), "unknown budget category \"" + line.category() + "\"");
            }
            if (line.category() != null && line.quarter() != null) {
                BudgetLine first = lines.putIfAbsent(List.of(line.category(), line.quarter()), line);
                if (first != null) {
                    problems.add(paths.get(line), "duplicate line for category \"" + line.category() + "\" in "
                            + line.quarter() + " (also at " + paths.get(first) + ")");
                }
            }
        }
        double drawn = 0;
        for (ReserveDrawdown drawdown : plan.budget().reserveDrawdowns()) {
            if (categoriesComplete && drawdown.category() != null && !categories.contains(drawdown.category())) {
                problems.add(at(drawdown, "category"), "unknown budget category \"" + drawdown.category() + "\"");
            }
            drawn += drawdown.amount();
            if (drawn > plan.budget().contingencyReserve() + MONEY_ROUNDING) {
                problems.add(at(drawdown, "amount"), "draws " + Problems.format(drawdown.amount())
                        + " but only " + Problems.format(plan.budget().contingencyReserve() - drawn + drawdown.amount())
                        + " of the contingency reserve is left");
            }
        }
    }

    private void checkRisks() {
        uniqueCodes(plan.risks(), Risk::code, "code");
        for (Risk risk : plan.risks()) {
            for (int i = 0; i < risk.activities().size(); i++) {
                String activity = risk.activities().get(i);
                if (!activities.containsKey(activity)) {
                    reportUnknownActivity(Problems.element(at(risk, "activities"), i), activity);
                }
            }
        }
    }

    private void checkKpis() {
        uniqueCodes(plan.kpis(), Kpi::code, "code");
        for (Kpi kpi : plan.kpis()) {
            for (KpiPoint actual : kpi.actuals()) {
                notAfterStatusDate(at(actual, "date"), actual.date());
            }
        }
    }

    private void checkBenefits(Set<String> milestones) {
        if (plan.benefits() == null) {
            return;
        }
        uniqueCodes(plan.benefits().lines(), BenefitLine::code, "code");
        String goLive = plan.benefits().goLiveMilestone();
        if (milestonesComplete && goLive != null && !milestones.contains(goLive)) {
            problems.add(at(plan.benefits(), "goLiveMilestone"), "unknown milestone \"" + goLive + "\"");
        }
    }

    private void reportUnknownActivity(String path, String code) {
        if (wbsComplete) {
            problems.add(path, "unknown activity \"" + code + "\"");
        }
    }

    /** Reports repeated codes (named by {@code field}); returns the distinct codes. */
    private <T> Set<String> uniqueCodes(List<T> items, Function<T, String> code, String field) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            String value = code.apply(item);
            if (value == null) {
                continue;
            }
            T first = seen.putIfAbsent(value, item);
            if (first != null) {
                problems.add(at(item, field), "duplicate " + field + " \"" + value + "\" (also at " + paths.get(first) + ")");
            }
        }
        return seen.keySet();
    }

    private void notAfterStatusDate(String path, LocalDate actual) {
        LocalDate statusDate = plan.statusDate();
        if (actual != null && statusDate != null && actual.isAfter(statusDate)) {
            problems.add(path, actual + " is after the status date " + statusDate);
        }
    }

    /** Path of a field of a decoded record. */
    private String at(Object record, String field) {
        return Problems.field(Objects.requireNonNull(paths.get(record), "record without a path"), field);
    }
}
