package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/** /api/plans/{code}/simulations against the assembled server: background runs, their results, cancelling, roles. */
@ExtendWith(PortalReady.class)
class SimulationApiSystemIT {
    private static final String RUNS = "api/plans/KP-001/simulations";
    /** The keys of the command line's {@code simulate} document for a plan with a benefit model. */
    private static final List<String> RESULT_KEYS = List.of("iterations", "seed", "latinHypercube", "postMitigation",
            "converged", "kernel", "startDate", "deadline", "finish", "finishDates", "probabilityOnTime", "milestones",
            "cost", "jointSample", "spend", "activities", "riskTornado", "npv", "irr", "roi", "paybackQuarters", "roiTornado");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aRunGoesFromQueuedToDoneInTheBackgroundAndCarriesTheSimulateDocument() throws Exception {
        HttpResponse<String> started = send(post(RUNS, "{\"iterations\": 2000, \"seed\": 7, \"sampling\": \"lhs\"}",
                DemoUser.RISK_OWNER));

        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElse("");
        assertTrue(location.matches(".*/api/plans/KP-001/simulations/\\d+"), location);
        JsonNode run = awaitEnd(location, DemoUser.EXECUTIVE);

        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals(100, run.get("progress").asInt());
        assertEquals("risk", run.get("createdBy").asText());
        assertEquals(64, run.get("planSha256").asText().length());
        JsonNode result = run.get("result");
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertEquals(RESULT_KEYS, keys);
        assertEquals(7, result.get("seed").asLong());
        assertEquals(2000, result.get("iterations").asInt());
        assertTrue(result.get("latinHypercube").asBoolean());
        assertEquals("simd", result.get("kernel").asText(), "jvm.options adds the Vector API module");
        assertEquals(result.get("kernel"), run.get("kernel"));

        JsonNode list = JSON.readTree(send(get(RUNS, DemoUser.FINANCE)).body());
        JsonNode listed = null;
        for (JsonNode entry : list) {
            if (location.endsWith("/" + entry.get("id").asLong())) {
                listed = entry;
            }
        }
        assertTrue(listed != null, "the run is listed: " + list);
        assertFalse(listed.has("result"), "no results in the list");
        assertTrue(list.get(0).get("id").asLong() >= listed.get("id").asLong(), "newest first");
    }

    @Test
    void aLongRunIsCancelled() throws Exception {
        HttpResponse<String> started = send(post(RUNS, "{\"iterations\": 100000}", DemoUser.PMO));
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> cancel = send(request(location, DemoUser.PMO).DELETE().build());

        assertTrue(cancel.statusCode() == 200 || cancel.statusCode() == 202, cancel.statusCode() + " " + cancel.body());
        JsonNode run = awaitEnd(location, DemoUser.PMO);
        assertEquals("cancelled", run.get("status").asText(), run.toString());
        assertFalse(run.has("result"));
        assertEquals(409, send(request(location, DemoUser.PMO).DELETE().build()).statusCode(), "already ended");
    }

    @Test
    void onlyPmoRiskOwnersAndAdministratorsStartRunsAndEveryoneSignsIn() throws Exception {
        assertEquals(403, send(post(RUNS, "{\"iterations\": 10}", DemoUser.EXECUTIVE)).statusCode());
        assertEquals(403, send(post(RUNS, "{\"iterations\": 10}", DemoUser.FINANCE)).statusCode());
        HttpRequest anonymous = HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(RUNS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"iterations\": 10}")).build();
        assertEquals(401, send(anonymous).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(RUNS)).GET().build())
                .statusCode());
    }

    @Test
    void badSettingsAndUnknownPlansOrRunsAreRefused() throws Exception {
        HttpResponse<String> invalid = send(post(RUNS, "{\"iterations\": 0, \"sampling\": \"sobol\"}", DemoUser.PMO));
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"path\":\"sampling\""), invalid.body());
        HttpResponse<String> range = send(post(RUNS, "{\"iterations\": 100001}", DemoUser.PMO));
        assertEquals(400, range.statusCode(), range.body());
        assertTrue(range.body().contains("\"path\":\"iterations\""), range.body());

        assertEquals(404, send(post("api/plans/KP-NONE/simulations", "{\"iterations\": 10}", DemoUser.PMO))
                .statusCode());
        assertEquals(404, send(get("api/plans/KP-NONE/simulations", DemoUser.PMO)).statusCode());
        assertEquals(404, send(get(RUNS + "/999999999", DemoUser.PMO)).statusCode());
    }

    private JsonNode awaitEnd(String location, DemoUser user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            HttpResponse<String> response = send(request(location, user).GET().build());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode run = JSON.readTree(response.body());
            String status = run.get("status").asText();
            int progress = run.get("progress").asInt();
            assertTrue(progress >= 0 && progress <= 100, response.body());
            if (List.of("done", "failed", "cancelled").contains(status)) {
                return run;
            }
            assertTrue(System.nanoTime() < deadline, "still " + status + " after 3 minutes");
            Thread.sleep(250);
        }
    }

    private static HttpRequest get(String path, DemoUser user) {
        return request(path, user).GET().build();
    }

    private static HttpRequest post(String path, String json, DemoUser user) {
        return request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder request(String pathOrUri, DemoUser user) {
        URI uri = TestEnvironment.portalBaseUri().resolve(pathOrUri);
        String credentials = user.username() + ":" + user.password();
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
