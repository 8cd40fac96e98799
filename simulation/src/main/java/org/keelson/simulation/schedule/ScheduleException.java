package org.keelson.simulation.schedule;

/** The plan's schedule cannot be computed: a dependency cycle, a dangling reference, inconsistent progress. */
public class ScheduleException extends IllegalArgumentException {

    public ScheduleException(String message) {
        super(message);
    }
}
