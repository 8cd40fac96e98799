package org.keelson.simulation.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;

/**
 * Converts between calendar dates and working-day offsets counted from a plan's start date.
 *
 * <p>Offsets are continuous: offset 0 is the start of the first working day on or after the origin, offset
 * {@code k} the start of the k-th working day after it (so a 3-day task starting at 0 finishes at 3). Dates
 * appear only at the edges: a start offset maps to the day it falls in, a finish offset to the last working day
 * it covers (the convention of MS Project and P6, where a task finishes at the end of its last day).
 * The day table grows on demand under a lock, so one instance may be shared between threads.
 */
public final class WorkingDayCalendar {

    private static final int MAX_YEARS = 200;
    /** Calendar days within {@link #MAX_YEARS} of the origin: more working days than that cannot exist there. */
    private static final int DAYS_IN_RANGE = 366 * MAX_YEARS;

    private final LocalDate origin;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> madeUpWorkingDays;
    private final List<Holiday> holidays;
    /** Epoch days of working days 0, 1, 2... grown on demand. */
    private long[] workingDays = new long[0];
    private int size;
    private long nextCandidate;
    /** Epoch days of working days -1, -2... before the origin (links may pull work before the plan start). */
    private long[] earlierDays = new long[0];
    private int earlierSize;
    private long previousCandidate;

    public WorkingDayCalendar(WorkCalendar calendar, LocalDate origin) {
        if (origin == null) {
            throw new IllegalArgumentException("the plan has no start date");
        }
        WorkCalendar cal = calendar == null ? WorkCalendar.standard() : calendar;
        this.origin = origin;
        this.weekend = cal.weekendDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(cal.weekendDays());
        if (weekend.size() == 7) {
            throw new IllegalArgumentException("the calendar has no working weekday: all seven days are weekend days");
        }
        for (Holiday h : cal.holidays()) {
            if (h.from() == null || h.to() == null || h.to().isBefore(h.from())) {
                throw new IllegalArgumentException("holiday \"" + h.name() + "\" needs from <= to, got "
                        + h.from() + " .. " + h.to());
            }
        }
        this.holidays = cal.holidays();
        this.madeUpWorkingDays = new HashSet<>(cal.workingDays());
        this.nextCandidate = origin.toEpochDay();
        this.previousCandidate = origin.toEpochDay() - 1;
        ensureIndex(255);
    }

    public LocalDate origin() {
        return origin;
    }

    /** Whether people work on {@code date}: a make-up day always, otherwise not on weekends or holidays. */
    public boolean isWorkingDay(LocalDate date) {
        if (madeUpWorkingDays.contains(date)) {
            return true;
        }
        if (weekend.contains(date.getDayOfWeek())) {
            return false;
        }
        for (Holiday h : holidays) {
            if (!date.isBefore(h.from()) && !date.isAfter(h.to())) {
                return false;
            }
        }
        return true;
    }

    /** The date of working day {@code index} (0 = first working day on or after the origin, -1 the one before). */
    public synchronized LocalDate workingDay(int index) {
        if (index < 0) {
            ensureEarlierIndex(-index - 1);
            return LocalDate.ofEpochDay(earlierDays[-index - 1]);
        }
        ensureIndex(index);
        return LocalDate.ofEpochDay(workingDays[index]);
    }

    /** The day on which work starting at {@code offset} begins. */
    public LocalDate startDate(double offset) {
        return workingDay((int) Math.floor(offset + 1e-9));
    }

    /** The last working day covered by work finishing at {@code offset} (offset 0: the day before the plan start). */
    public LocalDate finishDate(double offset) {
        return workingDay((int) Math.ceil(offset - 1e-9) - 1);
    }

    /** Working days strictly before {@code date}: the offset at which work starting on that date begins. */
    public synchronized int workingDaysBefore(LocalDate date) {
        long epoch = date.toEpochDay();
        if (epoch <= origin.toEpochDay()) {
            return 0;
        }
        while (nextCandidate <= epoch) {
            ensureIndex(size * 2);
        }
        int pos = Arrays.binarySearch(workingDays, 0, size, epoch);
        return pos >= 0 ? pos : -pos - 1;
    }

    /** Offset at the end of {@code date}: working days from the origin up to and including that date. */
    public int workingDaysThrough(LocalDate date) {
        return workingDaysBefore(date.plusDays(1));
    }

    /** Lays out working days before the origin up to index {@code index} (0 is working day -1). */
    private void ensureEarlierIndex(int index) {
        if (index < earlierSize) {
            return;
        }
        if (index < DAYS_IN_RANGE) {
            earlierDays = Arrays.copyOf(earlierDays, Math.min(DAYS_IN_RANGE, Math.max(index + 1, Math.max(64, earlierSize * 2))));
            long limit = origin.toEpochDay() - DAYS_IN_RANGE;
            while (earlierSize < earlierDays.length && previousCandidate >= limit) {
                LocalDate day = LocalDate.ofEpochDay(previousCandidate--);
                if (isWorkingDay(day)) {
                    earlierDays[earlierSize++] = day.toEpochDay();
                }
            }
        }
        if (index >= earlierSize) {
            throw new IllegalArgumentException("working day " + (-index - 1) + " lies more than " + MAX_YEARS
                    + " years before the plan start");
        }
    }

    /**
     * Lays out working days up to index {@code index}, and some beyond. An index that not even a seven-day week
     * reaches within the range is refused before anything is allocated.
     */
    private void ensureIndex(int index) {
        if (index < size) {
            return;
        }
        if (index < DAYS_IN_RANGE) {
            workingDays = Arrays.copyOf(workingDays, Math.min(DAYS_IN_RANGE, Math.max(index + 1, Math.max(256, size * 2))));
            long limit = origin.toEpochDay() + DAYS_IN_RANGE;
            while (size < workingDays.length && nextCandidate <= limit) {
                LocalDate day = LocalDate.ofEpochDay(nextCandidate++);
                if (isWorkingDay(day)) {
                    workingDays[size++] = day.toEpochDay();
                }
            }
        }
        if (index >= size) {
            throw new IllegalArgumentException("working day " + index + " lies more than " + MAX_YEARS
                    + " years after the plan start");
        }
    }
}
