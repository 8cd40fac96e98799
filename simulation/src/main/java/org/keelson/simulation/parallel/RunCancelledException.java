package org.keelson.simulation.parallel;

/** A run stopped before its end: its {@link Cancellation} was cancelled or the thread that started it interrupted. */
public final class RunCancelledException extends RuntimeException {

    public RunCancelledException(String message) {
        super(message);
    }
}
