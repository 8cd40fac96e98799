package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.liberty.support.PortalHttp.basic;
import static org.keelson.liberty.support.PortalHttp.utf8;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/**
 * The budget over REST as finance uses it: revising planned amounts within the authorised budget, drawing from the
 * reserve with a reason, and every refusal writing nothing. Each test works on its own copy of sample plan 000
 * (KP-000: total 42.8 M, reserve 15 %, the lines planning exactly the total).
 */
@ExtendWith(PortalReady.class)
class BudgetApiSystemIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String code;

    @BeforeEach
    void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(SAMPLE, "BUDGET");
    }

    private HttpResponse<String> get(DemoUser user) throws IOException, InterruptedException {
        return send(request("api/plans/" + code + "/budget", user).GET().build());
    }

    private JsonNode budget() throws IOException, InterruptedException {
        return JSON.readTree(get(DemoUser.FINANCE).body());
    }

    private String etag() throws IOException, InterruptedException {
        return get(DemoUser.FINANCE).headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> write(String method, String path, String etag, String body, DemoUser user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("api/plans/" + code + "/budget" + path, user)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request.build());
    }

    private static JsonNode line(JsonNode budget, String category, String quarter) {
        for (JsonNode line : budget.get("lines")) {
            if (line.get("category").asText().equals(category) && line.get("quarter").asText().equals(quarter)) {
                return line;
            }
        }
        throw new AssertionError("no line " + category + " " + quarter + " in " + budget);
    }

    @Test
    void financeMovesMoneyBetweenLinesWithinTheAuthorisedBudget() throws Exception {
        JsonNode before = budget();
        double hw = line(before, "HW", "2024-Q1").get("planned").asDouble();
        double sw = line(before, "SW", "2024-Q1").get("planned").asDouble();

        HttpResponse<String> saved = write("PATCH", "", etag(), "{\"lines\": [{\"category\": \"HW\", \"quarter\":"
                + " \"2024-Q1\", \"planned\": " + (hw + 1000) + "}, {\"category\": \"SW\", \"quarter\": \"2024-Q1\","
                + " \"planned\": " + (sw - 1000) + "}]}", DemoUser.FINANCE);

        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode after = budget();
        assertEquals(hw + 1000, line(after, "HW", "2024-Q1").get("planned").asDouble(), 1e-6);
        assertEquals(sw - 1000, line(after, "SW", "2024-Q1").get("planned").asDouble(), 1e-6);
        assertEquals(line(before, "HW", "2024-Q1").get("actual"), line(after, "HW", "2024-Q1").get("actual"));
        JsonNode history = JSON.readTree(send(request("api/plans/" + code + "/history", DemoUser.PMO).GET().build())
                .body());
        assertEquals("UPDATE_BUDGET", history.get(0).get("action").asText());
        assertEquals("finance", history.get(0).get("user").asText());
    }

    @Test
    void planningAboveTheAuthorisedBudgetIsRefusedAtTheTotalAndWritesNothing() throws Exception {
        JsonNode before = budget();

        HttpResponse<String> refused = write("PATCH", "", etag(), "{\"lines\": [{\"category\": \"HW\","
                + " \"quarter\": \"2026-Q4\", \"planned\": 500000}]}", DemoUser.FINANCE);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("budget.total", JSON.readTree(refused.body()).get("errors").get(0).get("path").asText());
        assertEquals(before, budget());

        HttpResponse<String> negative = write("PATCH", "", etag(), "{\"lines\": [{\"category\": \"HW\","
                + " \"quarter\": \"2024-Q1\", \"planned\": -5}]}", DemoUser.FINANCE);
        assertEquals(400, negative.statusCode(), negative.body());
        assertTrue(negative.body().contains("must not be negative"), negative.body());
        assertEquals(before, budget());
    }

    @Test
    void aDrawdownMovesReserveToTheLineAndIsRecordedWithReasonAndUser() throws Exception {
        JsonNode before = budget();
        double planned = line(before, "HW", "2024-Q1").get("planned").asDouble();

        HttpResponse<String> drawn = write("POST", "/reserve-drawdowns", etag(), "{\"category\": \"HW\","
                + " \"quarter\": \"2024-Q1\", \"amount\": 500000, \"reason\": \"硬件涨价\"}", DemoUser.FINANCE);

        assertEquals(200, drawn.statusCode(), drawn.body());
        JsonNode after = budget();
        assertEquals(planned + 500_000, line(after, "HW", "2024-Q1").get("planned").asDouble(), 1e-6);
        JsonNode drawdown = after.get("reserveDrawdowns").get(0);
        assertEquals(500_000, drawdown.get("amount").asDouble(), 1e-6);
        assertEquals("硬件涨价", drawdown.get("reason").asText());
        assertEquals("finance", drawdown.get("by").asText());
        assertEquals(before.get("total"), after.get("total"), "the total stays: the reserve is what was agreed");
    }

    @Test
    void aDrawdownBeyondTheReserveOrWithoutReasonIsRefusedAndWritesNothing() throws Exception {
        JsonNode before = budget();

        HttpResponse<String> tooMuch = write("POST", "/reserve-drawdowns", etag(), "{\"category\": \"HW\","
                + " \"quarter\": \"2024-Q1\", \"amount\": 7000000, \"reason\": \"x\"}", DemoUser.FINANCE);
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        JsonNode problem = JSON.readTree(tooMuch.body()).get("errors").get(0);
        assertEquals("budget.reserveDrawdowns[0].amount", problem.get("path").asText());
        assertTrue(problem.get("message").asText().contains("6420000"), problem.toString());

        HttpResponse<String> noReason = write("POST", "/reserve-drawdowns", etag(), "{\"category\": \"HW\","
                + " \"quarter\": \"2024-Q1\", \"amount\": 1000}", DemoUser.FINANCE);
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals("budget.reserveDrawdowns[0].reason",
                JSON.readTree(noReason.body()).get("errors").get(0).get("path").asText());
        assertEquals(before, budget());
    }

    @Test
    void aStaleETagOrAReadingRoleChangesNothing() throws Exception {
        String stale = etag();
        String drawdown = "{\"category\": \"HW\", \"quarter\": \"2024-Q1\", \"amount\": 1000, \"reason\": \"x\"}";
        assertEquals(200, write("POST", "/reserve-drawdowns", stale, drawdown, DemoUser.PMO).statusCode());
        JsonNode afterFirst = budget();

        assertEquals(412, write("POST", "/reserve-drawdowns", stale, drawdown, DemoUser.FINANCE).statusCode());
        assertEquals(403, write("POST", "/reserve-drawdowns", etag(), drawdown, DemoUser.EXECUTIVE).statusCode());
        assertEquals(403, write("PATCH", "", etag(), "{\"total\": 1}", DemoUser.RISK_OWNER).statusCode());
        assertEquals(428, write("PATCH", "", null, "{\"total\": 1}", DemoUser.FINANCE).statusCode());
        assertEquals(afterFirst, budget());
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, utf8());
    }
}
