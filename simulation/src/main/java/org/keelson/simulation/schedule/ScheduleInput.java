package org.keelson.simulation.schedule;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.calendar.WorkCalendar;

/**
 * What a schedule is computed from: the WBS (parents before children), the working calendar, the start date and
 * the status date progress is reported at (null: none yet). A plan is one; the schedule package needs no more of it.
 */
public interface ScheduleInput {

    List<Activity> wbs();

    WorkCalendar calendar();

    LocalDate startDate();

    LocalDate statusDate();
}
