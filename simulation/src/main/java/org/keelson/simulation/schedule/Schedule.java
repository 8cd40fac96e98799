package org.keelson.simulation.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic CPM schedule of a plan: every WBS element in WBS order, the project finish (working days
 * from the plan start, and as a date) and the critical leaf activities in topological order.
 */
public record Schedule(double projectFinish, LocalDate finishDate, List<ScheduledActivity> activities, List<String> criticalPath) {

    public Schedule {
        activities = List.copyOf(activities);
        criticalPath = List.copyOf(criticalPath);
    }

    public Optional<ScheduledActivity> activity(String code) {
        return activities.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
