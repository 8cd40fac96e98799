package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/** /api/plans over HTTP against the assembled server, which loaded the sample plans at first start. */
@ExtendWith(PortalReady.class)
class PlanApiSystemIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void listsTheSamplePlansWithTheirPortfolioFigures() throws Exception {
        HttpResponse<String> response = send(get("api/plans", DemoUser.EXECUTIVE));

        assertEquals(200, response.statusCode(), response.body());
        for (String code : new String[] {"KP-000", "KP-001", "KP-002", "KP-003", "KP-004"}) {
            assertTrue(response.body().contains("\"code\":\"" + code + "\""), code + " in " + response.body());
        }
        assertTrue(response.body().contains("\"highRiskCount\":"), response.body());
        assertTrue(response.body().contains("\"budget\":42800000.00"), "KP-000's budget in yuan, plain decimal: "
                + response.body());
    }

    @Test
    void exportImportAndConflict() throws Exception {
        HttpResponse<String> exported = send(get("api/plans/KP-000", DemoUser.EXECUTIVE));
        assertEquals(200, exported.statusCode());
        assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        // sorts after the sample plans, which so stay on the portfolio's first page however many runs the data keeps
        String code = "X-IT-" + System.currentTimeMillis();
        String copy = exported.body().replaceFirst("\"code\": \"KP-000\"", "\"code\": \"" + code + "\"");

        assertEquals(403, send(post(copy, DemoUser.EXECUTIVE)).statusCode(), "only PMO and ADMIN import");
        HttpResponse<String> created = send(post(copy, DemoUser.PMO));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/plans/" + code),
                created.headers().toString());
        assertEquals(copy, send(get("api/plans/" + code, DemoUser.EXECUTIVE)).body(), "export(import(x)) == x");

        HttpResponse<String> conflict = send(post(copy, DemoUser.PMO));
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains("\"path\":\"code\""), conflict.body());
    }

    @Test
    void invalidPlanIsRefusedWithEveryError() throws Exception {
        HttpResponse<String> response = send(post("{\"code\": \"IT-BAD\", \"currency\": \"yuan\"}", DemoUser.PMO));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"path\":\"currency\"") && response.body().contains("\"path\":\"name\"")
                && response.body().contains("\"path\":\"startDate\""), response.body());
        assertEquals(404, send(get("api/plans/IT-BAD", DemoUser.EXECUTIVE)).statusCode(), "nothing written");
    }

    @Test
    void workbooksStreamWithTheirFileNameAndType() throws Exception {
        HttpResponse<byte[]> response = http.send(get("api/plans/KP-000/reports/risks.xlsx?lang=en",
                DemoUser.EXECUTIVE), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.headers().firstValue("Content-Type").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"KP-000-risks-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""),
                disposition);
        assertTrue(response.body().length > 1_000 && response.body()[0] == 'P' && response.body()[1] == 'K',
                "an xlsx (zip) file");
        assertEquals(404, send(get("api/plans/KP-000/reports/gantt.xlsx", DemoUser.EXECUTIVE)).statusCode());
    }

    private static HttpRequest get(String path, DemoUser user) {
        return request(path, user).GET().build();
    }

    private static HttpRequest post(String json, DemoUser user) {
        return request("api/plans", user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        URI uri = TestEnvironment.portalBaseUri().resolve(path);
        String credentials = user.username() + ":" + user.password();
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
