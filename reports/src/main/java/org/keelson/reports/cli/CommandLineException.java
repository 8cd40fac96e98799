package org.keelson.reports.cli;

/** A mistake in the command line or its input, reported to the user as one readable message. */
final class CommandLineException extends RuntimeException {

    private final int exitCode;

    CommandLineException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
