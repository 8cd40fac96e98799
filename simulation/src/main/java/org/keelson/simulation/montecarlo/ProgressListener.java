package org.keelson.simulation.montecarlo;

/** Told how much of a run is done, from worker threads; must be thread-safe and quick. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = fraction -> { };

    /** @param fractionDone 0..1 */
    void progress(double fractionDone);
}
