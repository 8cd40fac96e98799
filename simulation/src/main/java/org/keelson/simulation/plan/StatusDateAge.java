package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a plan's progress is out of date: an active plan whose status date lies more than
 * {@value #STALE_AFTER_DAYS} calendar days before today. Every derived figure (earned value, milestone warnings,
 * forecasts) is measured at the status date, so a plan not updated for longer than a monthly reporting cycle plus
 * two weeks' grace shows figures its readers may take for current. Plans that are not active report no progress, and
 * an active plan without a status date has reported none yet: neither is stale.
 */
public final class StatusDateAge {
    public static final int STALE_AFTER_DAYS = 45;

    private StatusDateAge() {
    }

    /** Calendar days from the status date to {@code today}; 0 without a status date. */
    public static long daysBehind(LocalDate statusDate, LocalDate today) {
        return statusDate == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(statusDate, today));
    }

    public static boolean isStale(PlanStatus status, LocalDate statusDate, LocalDate today) {
        return status == PlanStatus.ACTIVE && daysBehind(statusDate, today) > STALE_AFTER_DAYS;
    }
}
