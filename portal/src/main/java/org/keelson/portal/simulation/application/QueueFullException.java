package org.keelson.portal.simulation.application;

/** A run refused because the server already holds as many queued or running runs as allowed. */
public class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    QueueFullException(int limit) {
        super("queue full: at most " + limit
                + " simulations may be queued or running on this server; try again when one has ended");
        this.limit = limit;
    }

    /** How many runs the server holds at most. */
    public int limit() {
        return limit;
    }
}
