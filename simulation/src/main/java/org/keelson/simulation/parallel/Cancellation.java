package org.keelson.simulation.parallel;

/**
 * Lets one thread stop a simulation that another runs: {@link #cancel} from anywhere, and the run stops between
 * chunks of iterations and throws {@link RunCancelledException}. One token may serve several runs; once cancelled
 * it stays cancelled.
 */
public final class Cancellation {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
