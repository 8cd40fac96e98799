package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/** What operators and load balancers read without signing in: health checks and the API's OpenAPI document. */
@ExtendWith(PortalReady.class)
class OperationsSystemIT {

    private final HttpClient http = PortalHttp.client();

    @Test
    void readyWhileTheDatabaseAnswers() throws Exception {
        assertUp("health/ready", "\"name\":\"database\"");
    }

    @Test
    void liveAndTellsTheSimulationsInFlight() throws Exception {
        assertUp("health/live", "\"name\":\"simulations\"", "\"active\":");
    }

    @Test
    void openApiDocumentDescribesTheRestApi() throws Exception {
        HttpResponse<String> document = get("openapi");
        HttpResponse<String> ui = get("openapi/ui/");

        assertEquals(200, document.statusCode(), document.body());
        assertTrue(document.body().contains("title: Keelson REST API"), document.body());
        assertTrue(document.body().contains("- url: /api\n"), "paths are relative to /api: " + document.body());
        for (String path : new String[] {"/plans:", "/plans/{code}:", "/plans/{code}/simulations:",
                "/plans/{code}/simulations/{id}:", "/me:"}) {
            assertTrue(document.body().contains(path), path + " in " + document.body());
        }
        assertEquals(200, ui.statusCode(), ui.body());
    }

    private void assertUp(String path, String... contents) throws Exception {
        HttpResponse<String> check = get(path);

        assertEquals(200, check.statusCode(), check.body());
        String body = check.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        for (String content : contents) {
            assertTrue(body.contains(content), content + " in " + body);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(60)).GET().build(), PortalHttp.utf8());
    }
}
