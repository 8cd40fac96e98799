package org.keelson.portal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

    @Test
    void bodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[100];

        assertArrayEquals(body, new RequestSizeLimit.BoundedInputStream(stream(body), 100).readAllBytes());
    }

    @Test
    void readingPastTheLimitFailsAtTheFirstByteTooMany() {
        RequestSizeLimit.BoundedInputStream bounded = new RequestSizeLimit.BoundedInputStream(stream(new byte[101]), 100);

        RequestTooLargeException tooLarge = assertThrows(RequestTooLargeException.class, bounded::readAllBytes);
        assertEquals("the request body is larger than the limit of 100 bytes", tooLarge.getMessage());
    }

    @Test
    void byteByByteReadingIsCountedToo() throws IOException {
        RequestSizeLimit.BoundedInputStream bounded = new RequestSizeLimit.BoundedInputStream(stream(new byte[3]), 2);
        bounded.read();
        bounded.read();

        assertThrows(RequestTooLargeException.class, bounded::read);
    }

    @Test
    void limitIsFoundEvenWhenAReaderWrappedIt() {
        RequestTooLargeException tooLarge = new RequestTooLargeException(5);

        assertEquals(tooLarge, RequestTooLargeException.findIn(new IllegalStateException(new UncheckedIOException(tooLarge))));
        assertEquals(null, RequestTooLargeException.findIn(new IllegalStateException("other")));
    }

    @Test
    void limitIsTenMebibytesUnlessConfigured() {
        assertEquals(10L * 1024 * 1024, RequestSizeLimit.configuredLimit(null));
        assertEquals(10L * 1024 * 1024, RequestSizeLimit.configuredLimit(" "));
        assertEquals(2048, RequestSizeLimit.configuredLimit("2048"));
        assertThrows(IllegalArgumentException.class, () -> RequestSizeLimit.configuredLimit("0"));
        assertThrows(NumberFormatException.class, () -> RequestSizeLimit.configuredLimit("10MB"));
    }

    private static ServletInputStream stream(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
