package org.keelson.simulation.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.montecarlo.SimulationSamples;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.WorkingDayCalendar;

/**
 * The simulated finish dates binned by calendar day or week. The engine's own histogram is in working-day offsets;
 * readers of a report want dates, so the per-iteration finishes are mapped through the plan's working calendar (the
 * mapping the engine uses for its P-dates) and counted by day when they span up to two months, else by whole weeks
 * from Monday (several weeks per bin when they span more than {@value #TARGET_BINS} weeks), so that no bin straddles
 * part of a weekend.
 */
public final class FinishDates {

    static final int TARGET_BINS = 30;
    static final int DAILY_UP_TO_DAYS = 62;

    /** Runs finishing from {@code from} to {@code to}, both inclusive. */
    public record Bin(LocalDate from, LocalDate to, int count) {
    }

    private FinishDates() {
    }

    /** @param result a run of {@code plan} */
    public static List<Bin> histogram(Plan plan, SimulationResult result) {
        SimulationSamples samples = result.samples();
        int n = samples.iterations();
        WorkingDayCalendar calendar = new WorkingDayCalendar(plan.calendar(), plan.startDate());
        if (n == 0) {
            return List.of();
        }
        long[] days = new long[n];
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (int g = 0; g < n; g++) {
            days[g] = calendar.finishDate(samples.finish(g)).toEpochDay();
            first = Math.min(first, days[g]);
            last = Math.max(last, days[g]);
        }
        long width = 1;
        if (last - first + 1 > DAILY_UP_TO_DAYS) {
            first = LocalDate.ofEpochDay(first).with(DayOfWeek.MONDAY).toEpochDay();
            long weeks = (last - first) / 7 + 1;
            width = 7 * ((weeks + TARGET_BINS - 1) / TARGET_BINS);
        }
        int[] counts = new int[(int) ((last - first) / width) + 1];
        for (long day : days) {
            counts[(int) ((day - first) / width)]++;
        }
        List<Bin> bins = new ArrayList<>(counts.length);
        LocalDate start = LocalDate.ofEpochDay(first);
        for (int b = 0; b < counts.length; b++) {
            LocalDate from = start.plus(b * width, ChronoUnit.DAYS);
            bins.add(new Bin(from, from.plusDays(width - 1), counts[b]));
        }
        return bins;
    }
}
