package org.keelson.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the API's error body, {@code {"errors":[{"path":"$","message":"..."}]}}, where no JAX-RS is involved:
 * in servlet filters and the authentication mechanism, which answer before any resource runs.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * Sends the whole answer and closes it: with its length declared and the stream closed, nothing the container
     * writes afterwards (Liberty's own error page, for one) reaches the client.
     */
    public static void send(HttpServletResponse response, int status, String path, String message) throws IOException {
        byte[] json = body(path, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        try (var out = response.getOutputStream()) {
            out.write(json);
        }
    }

    static String body(String path, String message) {
        return "{\"errors\":[{\"path\":" + quote(path) + ",\"message\":" + quote(message) + "}]}";
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
