package org.keelson.portal.web;

import java.io.IOException;

/** A request body went past {@link RequestSizeLimit}'s limit while being read; answered 413. */
public class RequestTooLargeException extends IOException {
    public RequestTooLargeException(long limit) {
        super(message(limit));
    }

    static String message(long limit) {
        return "the request body is larger than the limit of " + limit + " bytes";
    }

    /** The exception somewhere in the causes of {@code failure}, e.g. wrapped by a JSON reader; null when absent. */
    public static RequestTooLargeException findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
