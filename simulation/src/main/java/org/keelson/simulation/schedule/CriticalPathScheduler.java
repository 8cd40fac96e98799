package org.keelson.simulation.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/** Deterministic CPM: forward and backward pass on the plan's working calendar with planned durations. */
public final class CriticalPathScheduler {

    /** Float at or below this many working days counts as zero (durations are doubles). */
    public static final double CRITICAL_FLOAT = 1e-6;

    private CriticalPathScheduler() {
    }

    public static Schedule schedule(ScheduleInput plan) {
        return schedule(ScheduleNetwork.compile(plan), plan);
    }

    public static Schedule schedule(ScheduleNetwork net, ScheduleInput plan) {
        int n = net.size();
        double[] t = new double[2 * n];
        double[] late = new double[2 * n];
        double[] remaining = net.deterministicRemaining();
        double finish = net.forward(remaining, t);
        boolean[] atDayStart = net.zeroDurationAtDayStart(remaining, t);
        net.backward(t, finish, late, new double[n]);
        WorkingDayCalendar cal = net.calendar();
        ScheduledActivity[] byWbs = new ScheduledActivity[plan.wbs().size()];
        List<String> critical = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double tf = net.totalFloat(i, t, late);
            boolean isCritical = net.state(i) != ScheduleNetwork.FINISHED && tf <= CRITICAL_FLOAT;
            if (isCritical) {
                critical.add(net.code(i));
            }
            // a finished milestone shows its actual date, on which its zero-length span starts
            boolean finished = net.state(i) == ScheduleNetwork.FINISHED;
            boolean zeroDuration = finished ? net.plannedDuration(i) == 0 : remaining[i] == 0;
            byWbs[net.wbsIndex(i)] = activity(net.code(i), t[2 * i], t[2 * i + 1], late[2 * i], late[2 * i + 1],
                    tf, isCritical, zeroDuration, finished || atDayStart[i], cal);
        }
        List<String> summaries = net.summaryCodes();
        for (int s = 0; s < summaries.size(); s++) {
            int[] leaves = net.summaryLeaves(s);
            double es = Double.POSITIVE_INFINITY, ef = Double.NEGATIVE_INFINITY;
            double ls = Double.POSITIVE_INFINITY, lf = Double.NEGATIVE_INFINITY, tf = Double.POSITIVE_INFINITY;
            boolean anyCritical = false;
            for (int i : leaves) {
                es = Math.min(es, t[2 * i]);
                ef = Math.max(ef, t[2 * i + 1]);
                ls = Math.min(ls, late[2 * i]);
                lf = Math.max(lf, late[2 * i + 1]);
                tf = Math.min(tf, net.totalFloat(i, t, late));
                anyCritical |= critical.contains(net.code(i));
            }
            int w = indexOf(plan, summaries.get(s));
            byWbs[w] = summary(summaries.get(s), es, ef, ls, lf, tf, anyCritical, leaves, net, byWbs);
        }
        LocalDate finishDate = null;
        for (int i = 0; i < n; i++) {
            LocalDate d = byWbs[net.wbsIndex(i)].earlyFinishDate();
            finishDate = finishDate == null || d.isAfter(finishDate) ? d : finishDate;
        }
        return new Schedule(finish, finishDate, Arrays.asList(byWbs), critical);
    }

    private static ScheduledActivity activity(String code, double es, double ef, double ls, double lf,
            double tf, boolean critical, boolean zeroDuration, boolean atDayStart, WorkingDayCalendar cal) {
        // a zero-duration activity shows the day its driving start begins or its driving finish ends; late dates
        // are always read as the end of the previous working day, as MS Project does
        LocalDate early = zeroDuration ? (atDayStart ? cal.startDate(es) : cal.finishDate(es)) : null;
        return new ScheduledActivity(code, false, es, ef, ls, lf, tf, critical,
                zeroDuration ? early : cal.startDate(es), zeroDuration ? early : cal.finishDate(ef),
                zeroDuration ? cal.finishDate(ls) : cal.startDate(ls), cal.finishDate(lf));
    }

    /**
     * Summary dates roll up the leaves' dates, not their offsets: a milestone at the end of a working day shows on
     * that day although its offset is the start of the next, and a summary must not begin after the milestone it
     * holds (MS Project rolls up the same way).
     */
    private static ScheduledActivity summary(String code, double es, double ef, double ls, double lf, double tf,
            boolean critical, int[] leaves, ScheduleNetwork net, ScheduledActivity[] byWbs) {
        LocalDate earlyStart = null, earlyFinish = null, lateStart = null, lateFinish = null;
        for (int i : leaves) {
            ScheduledActivity leaf = byWbs[net.wbsIndex(i)];
            earlyStart = earlyStart == null || leaf.earlyStartDate().isBefore(earlyStart) ? leaf.earlyStartDate() : earlyStart;
            earlyFinish = earlyFinish == null || leaf.earlyFinishDate().isAfter(earlyFinish) ? leaf.earlyFinishDate() : earlyFinish;
            lateStart = lateStart == null || leaf.lateStartDate().isBefore(lateStart) ? leaf.lateStartDate() : lateStart;
            lateFinish = lateFinish == null || leaf.lateFinishDate().isAfter(lateFinish) ? leaf.lateFinishDate() : lateFinish;
        }
        return new ScheduledActivity(code, true, es, ef, ls, lf, tf, critical, earlyStart, earlyFinish, lateStart, lateFinish);
    }

    private static int indexOf(ScheduleInput plan, String code) {
        for (int w = 0; w < plan.wbs().size(); w++) {
            if (plan.wbs().get(w).code().equals(code)) {
                return w;
            }
        }
        throw new IllegalStateException(code);
    }
}
