package org.keelson.portal.simulation.application;

/** A run refused because the server or the user already has as many runs as allowed. */
public class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueueFullException(String message) {
        super(message);
    }
}
