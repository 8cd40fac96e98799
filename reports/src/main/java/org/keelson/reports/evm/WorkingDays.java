package org.keelson.reports.evm;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;

/** Counts working days under a plan's calendar: weekends and holidays off, make-up weekend days (调休) on. */
final class WorkingDays {

    private final Set<java.time.DayOfWeek> weekend;
    private final Set<LocalDate> madeUp;
    private final WorkCalendar calendar;

    WorkingDays(WorkCalendar calendar) {
        this.calendar = calendar;
        this.weekend = new HashSet<>(calendar.weekendDays());
        this.madeUp = new HashSet<>(calendar.workingDays());
    }

    boolean isWorking(LocalDate date) {
        if (madeUp.contains(date)) {
            return true;
        }
        if (weekend.contains(date.getDayOfWeek())) {
            return false;
        }
        for (Holiday holiday : calendar.holidays()) {
            if (!date.isBefore(holiday.from()) && !date.isAfter(holiday.to())) {
                return false;
            }
        }
        return true;
    }

    /** Working days from {@code from} to {@code to}, both inclusive; 0 when the range is empty. */
    int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorking(d)) {
                count++;
            }
        }
        return count;
    }
}
