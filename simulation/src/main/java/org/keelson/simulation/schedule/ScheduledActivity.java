package org.keelson.simulation.schedule;

import java.time.LocalDate;

/**
 * CPM result for one WBS element. Offsets are working days from the plan start; dates follow
 * {@link WorkingDayCalendar} (a finish date is the last working day covered). Summaries roll up their leaves:
 * earliest start, latest finish, smallest float.
 */
public record ScheduledActivity(
        String code,
        boolean summary,
        double earlyStart,
        double earlyFinish,
        double lateStart,
        double lateFinish,
        double totalFloat,
        boolean critical,
        LocalDate earlyStartDate,
        LocalDate earlyFinishDate,
        LocalDate lateStartDate,
        LocalDate lateFinishDate) {
}
