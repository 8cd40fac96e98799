package org.keelson.liberty.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits until the portal under test answers its login page. The Maven plugin only waits for the
 * server; the application (migrations, demo users) can take a minute more on a busy machine.
 */
public class PortalReady implements BeforeAllCallback {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static volatile boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        awaitPortal();
    }

    public static synchronized void awaitPortal() throws InterruptedException {
        if (ready) {
            return;
        }
        URI login = TestEnvironment.portalBaseUri().resolve("login.xhtml");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(login).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("Portal not ready at " + login + " after " + TIMEOUT + ": " + last);
    }
}
