package org.keelson.portal.simulation.domain;

import java.util.Locale;

/** Where a simulation run is: waiting for a slot, simulating, or ended one of three ways. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    /** Whether the run has ended (nothing will change it any more). */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** The name in the REST API: {@code queued}, {@code running}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
