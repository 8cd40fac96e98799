package org.keelson.simulation.plan.json;

import java.time.LocalDate;

/**
 * The largest values a plan may hold (src/docs/plan-format.md, "Limits"). They lie far beyond any real project
 * and keep every later computation small and finite: the reader refuses a plan that exceeds one, before a
 * working calendar is built, so a simulation never has to lay out centuries of days or add up to infinity.
 */
public final class PlanLimits {

    /** Earliest date a plan may mention. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Latest date a plan may mention. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** Largest magnitude of any number in a plan, amounts in particular; also of the sums the engine forms. */
    public static final double MAX_NUMBER = 1e15;
    /**
     * Longest plan horizon in years: the deadline, the status date and everything the schedule could reach (its
     * longest chain of activities at their longest, after the status date, on the plan's calendar) lie within
     * this many years of the start date.
     */
    public static final int MAX_YEARS = 50;
    /**
     * Longest duration and largest lag magnitude in working days, alone or with risks (50 years of a seven-day
     * week, so that no calendar makes one value exceed the horizon on its own terms).
     */
    public static final double MAX_WORKING_DAYS = 18_250;
    /** Largest schedule impact of a risk, as a factor on durations. */
    public static final double MAX_SCHEDULE_FACTOR = 100;
    /** Longest ROI horizon and ramp-up, in quarters (50 years). */
    public static final int MAX_QUARTERS = 200;
    /** Lowest annual discount rate (-50 %). */
    public static final double MIN_DISCOUNT_RATE = -0.5;
    /** Highest annual discount rate (100 %). */
    public static final double MAX_DISCOUNT_RATE = 1;

    private PlanLimits() {
    }
}
