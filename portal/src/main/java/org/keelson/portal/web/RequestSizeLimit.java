package org.keelson.portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds the body of every API request (default 10 MiB, environment variable {@value #LIMIT_VARIABLE} in bytes): a
 * declared Content-Length above the limit is answered 413 before anything is read; a chunked body is counted while it
 * is read and reading fails with {@link RequestTooLargeException} at the first byte past the limit, which the API
 * answers 413 as well.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {
    static final String LIMIT_VARIABLE = "KEELSON_MAX_REQUEST_BYTES";
    static final long DEFAULT_LIMIT = 10L * 1024 * 1024;

    private final long limit;

    public RequestSizeLimit() {
        this(configuredLimit());
    }

    RequestSizeLimit(long limit) {
        this.limit = limit;
    }

    /** The limit this installation configured (KEELSON_MAX_REQUEST_BYTES, 10 MiB by default). */
    public static long configuredLimit() {
        return configuredLimit(System.getenv(LIMIT_VARIABLE));
    }

    static long configuredLimit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        long parsed = Long.parseLong(value.trim());
        if (parsed <= 0) {
            throw new IllegalArgumentException(LIMIT_VARIABLE + " must be a positive number of bytes, got " + value);
        }
        return parsed;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > limit) {
            JsonErrors.send(response, 413, "$", RequestTooLargeException.message(limit));
            return;
        }
        chain.doFilter(new BoundedRequest(request, limit), response);
    }

    /** The request with its body cut off after {@code limit} bytes. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream bounded;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedInputStream(super.getInputStream(), limit);
            }
            return bounded;
        }
    }

    static final class BoundedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        BoundedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RequestTooLargeException {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
