package org.keelson.simulation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's working calendar: weekend days are off, holidays are off, and {@code workingDays} lists
 * weekend dates that are worked anyway (China's 调休 make-up days around Spring Festival and National Day).
 */
public record WorkCalendar(List<DayOfWeek> weekendDays, List<Holiday> holidays, List<LocalDate> workingDays) {
    public WorkCalendar {
        weekendDays = weekendDays == null ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : List.copyOf(weekendDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    /** Monday to Friday, no holidays. */
    public static WorkCalendar standard() {
        return new WorkCalendar(null, null, null);
    }
}
