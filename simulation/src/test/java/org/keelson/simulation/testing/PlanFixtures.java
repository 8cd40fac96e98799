package org.keelson.simulation.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;

/** Builds small plans for tests directly from the model records. */
public final class PlanFixtures {

    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2025, 3, 3);

    private PlanFixtures() {
    }

    public static Activity task(String code, double duration, Relation... relations) {
        return new Activity(code, null, null, null, false, duration, null, null, null, 0, null, null, 0, 0, null,
                Arrays.asList(relations));
    }

    public static Activity uncertain(String code, ThreePointEstimate estimate, Relation... relations) {
        return new Activity(code, null, null, null, false, estimate.mostLikely(), estimate, null, null, 0, null, null, 0, 0,
                null, Arrays.asList(relations));
    }

    public static Activity costed(String code, double duration, double fixedCost, double costPerDay, String category,
            Relation... relations) {
        return new Activity(code, null, null, null, false, duration, null, null, null, 0, null, null, fixedCost, costPerDay,
                category, Arrays.asList(relations));
    }

    public static Activity milestone(String code, Relation... relations) {
        return new Activity(code, null, null, null, true, 0, null, null, null, 0, null, null, 0, 0, null,
                Arrays.asList(relations));
    }

    public static Activity withProgress(Activity a, double percent, LocalDate actualStart, LocalDate actualFinish) {
        return new Activity(a.code(), a.name(), a.owner(), a.phase(), a.milestone(), a.duration(), a.estimate(),
                a.plannedStart(), a.plannedFinish(), percent, actualStart, actualFinish, a.fixedCost(), a.costPerDay(),
                a.budgetCategory(), a.relations());
    }

    public static Relation fs(String predecessor) {
        return new Relation(predecessor, RelationType.FS, 0);
    }

    public static Relation link(String predecessor, RelationType type, double lag) {
        return new Relation(predecessor, type, lag);
    }

    /** n tasks T0..T(n-1), each with up to three links of any type to earlier tasks, some with lags. */
    public static List<Activity> randomNetwork(SplittableRandom random, int n) {
        RelationType[] types = RelationType.values();
        List<Activity> wbs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Relation> relations = new ArrayList<>();
            for (int k = 0; i > 0 && k < 1 + random.nextInt(3); k++) {
                relations.add(new Relation("T" + random.nextInt(i), types[random.nextInt(types.length)],
                        random.nextInt(4) == 0 ? random.nextInt(7) - 3 : 0));
            }
            wbs.add(task("T" + i, 1, relations.stream().distinct().toArray(Relation[]::new)));
        }
        return wbs;
    }

    public static Plan plan(List<Activity> wbs) {
        return builder(wbs).build();
    }

    public static Builder builder(List<Activity> wbs) {
        return new Builder(wbs);
    }

    /** Mutable assembly of the optional parts of a test plan. */
    public static final class Builder {
        private final List<Activity> wbs;
        private LocalDate start = START;
        private LocalDate deadline;
        private LocalDate statusDate;
        private WorkCalendar calendar = WorkCalendar.standard();
        private final List<Milestone> milestones = new ArrayList<>();
        private final List<Correlation> correlations = new ArrayList<>();
        private final List<Risk> risks = new ArrayList<>();
        private Budget budget;
        private BenefitModel benefits;

        Builder(List<Activity> wbs) {
            this.wbs = wbs;
        }

        public Builder start(LocalDate value) { start = value; return this; }
        public Builder deadline(LocalDate value) { deadline = value; return this; }
        public Builder statusDate(LocalDate value) { statusDate = value; return this; }
        public Builder calendar(WorkCalendar value) { calendar = value; return this; }
        public Builder budget(Budget value) { budget = value; return this; }
        public Builder benefits(BenefitModel value) { benefits = value; return this; }
        public Builder risk(Risk value) { risks.add(value); return this; }
        public Builder correlation(String a, String b, double rho) { correlations.add(new Correlation(a, b, rho)); return this; }

        public Builder milestone(String code, String activity) {
            milestones.add(new Milestone(code, null, null, activity, null, null, null, null, null, null));
            return this;
        }

        public Plan build() {
            return new Plan("T", null, null, "CNY", "en", PlanStatus.ACTIVE, null, start, deadline, statusDate, calendar,
                    null, milestones, wbs, correlations, budget, null, risks, null, benefits, null, null);
        }
    }
}
