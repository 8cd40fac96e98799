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
import java.util.ArrayList;
import java.util.List;

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
 * The risk register over REST on the assembled server (issue 12), role by role: PMO and ADMIN log and change every
 * risk, a risk owner logs risks and changes only those they own, executives and finance read; ETag concurrency and
 * the register's rules with their paths. Each test works on its own copy of sample plan 001.
 */
@ExtendWith(PortalReady.class)
class RiskApiSystemIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");
    private static final String NEW_RISK = "{\"title\": {\"zh\": \"接口供应商退出\", \"en\": \"Interface vendor exits\"},"
            + " \"owner\": \"risk\", \"probability\": 2, \"impact\": 4, \"activities\": [\"1.1\"]}";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String code;

    @BeforeEach
    void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(SAMPLE, "RISK");
    }

    @Test
    void everyRoleReadsTheRegisterInTheInterchangeFormatWithTheETag() throws Exception {
        for (DemoUser user : DemoUser.values()) {
            HttpResponse<String> register = send(request("api/plans/" + code + "/risks", user).GET().build());
            assertEquals(200, register.statusCode(), user + ": " + register.body());
            JsonNode risks = JSON.readTree(register.body());
            assertEquals("R01", risks.get(0).get("code").asText());
            assertTrue(risks.get(0).has("probability") && risks.get(0).has("impact"), register.body());
            assertEquals(etag(), register.headers().firstValue("ETag").orElseThrow());
            HttpResponse<String> one = send(request("api/plans/" + code + "/risks/R01", user).GET().build());
            assertEquals(risks.get(0), JSON.readTree(one.body()));
        }
        assertEquals(404, send(request("api/plans/" + code + "/risks/R99", DemoUser.EXECUTIVE).GET().build())
                .statusCode());
    }

    @Test
    void aRiskOwnerLogsARiskReScoresItAndTheScoresKeepWhoAndWhen() throws Exception {
        int before = register().size();

        HttpResponse<String> withoutTag = post(null, NEW_RISK, DemoUser.RISK_OWNER);
        assertEquals(428, withoutTag.statusCode(), withoutTag.body());
        HttpResponse<String> logged = post(etag(), NEW_RISK, DemoUser.RISK_OWNER);
        assertEquals(201, logged.statusCode(), logged.body());
        String risk = JSON.readTree(logged.body()).get("code").asText();
        assertEquals(String.format("R%02d", before + 1), risk, "the next R-number");
        assertTrue(logged.headers().firstValue("Location").orElseThrow().endsWith("/api/plans/" + code + "/risks/"
                + risk));

        HttpResponse<String> rescored = patch(risk, etag(), "{\"probability\": 4, \"residualProbability\": 2,"
                + " \"residualImpact\": 2}", DemoUser.RISK_OWNER);
        assertEquals(200, rescored.statusCode(), rescored.body());
        assertEquals(4, JSON.readTree(rescored.body()).get("probability").asInt());

        JsonNode scores = JSON.readTree(send(request("api/plans/" + code + "/risks/" + risk + "/scores",
                DemoUser.FINANCE).GET().build()).body());
        assertEquals(2, scores.size(), scores.toString());
        assertEquals(List.of("risk", "risk"), List.of(scores.get(0).get("user").asText(),
                scores.get(1).get("user").asText()));
        assertEquals(List.of(8, 16), List.of(scores.get(0).get("probability").asInt() * scores.get(0).get("impact")
                .asInt(), scores.get(1).get("probability").asInt() * scores.get(1).get("impact").asInt()));
    }

    @Test
    void aRiskOwnerChangesOnlyTheRisksTheyOwnAndReadersChangeNone() throws Exception {
        HttpResponse<String> notTheirs = patch("R01", etag(), "{\"impact\": 1}", DemoUser.RISK_OWNER);
        assertEquals(403, notTheirs.statusCode(), notTheirs.body());
        assertTrue(notTheirs.body().contains("owned by"), notTheirs.body());

        for (DemoUser reader : List.of(DemoUser.EXECUTIVE, DemoUser.FINANCE)) {
            assertEquals(403, patch("R01", etag(), "{\"impact\": 1}", reader).statusCode(), reader.name());
            assertEquals(403, post(etag(), NEW_RISK, reader).statusCode(), reader.name());
        }
        String version = etag();
        for (DemoUser editor : List.of(DemoUser.PMO, DemoUser.ADMIN)) {
            HttpResponse<String> changed = patch("R01", etag(), "{\"owner\": \"risk\", \"impact\": "
                    + (editor == DemoUser.PMO ? 1 : 2) + "}", editor);
            assertEquals(200, changed.statusCode(), editor + ": " + changed.body());
        }
        assertTrue(!version.equals(etag()));
        assertEquals(200, patch("R01", etag(), "{\"impact\": 3}", DemoUser.RISK_OWNER).statusCode(),
                "now that R01 is theirs");
    }

    @Test
    void theRulesRefuseWithEveryProblemAtItsPathAndAStaleETagIsRefused() throws Exception {
        String etag = etag();
        HttpResponse<String> refused = patch("R01", etag, """
                {"probability": 7, "owner": "finance", "activities": ["9.9.9"],
                 "preMitigation": {"probability": 1.5,
                   "costImpact": {"min": 300, "mostLikely": 200, "max": 100, "distribution": "triangular"}},
                 "triggers": {"warning": 12, "stopLoss": 8}}
                """, DemoUser.PMO);

        assertEquals(400, refused.statusCode(), refused.body());
        List<String> paths = new ArrayList<>();
        JSON.readTree(refused.body()).get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertTrue(paths.containsAll(List.of("risks[0].probability", "risks[0].preMitigation.probability",
                "risks[0].preMitigation.costImpact.mostLikely", "risks[0].preMitigation.costImpact.max",
                "risks[0].triggers.stopLoss")), paths.toString());
        assertEquals(etag, etag(), "nothing written");

        HttpResponse<String> unknownActivity = patch("R01", etag, "{\"activities\": [\"9.9.9\"]}", DemoUser.PMO);
        assertEquals(400, unknownActivity.statusCode());
        assertTrue(unknownActivity.body().contains("risks[0].activities[0]"), unknownActivity.body());
        HttpResponse<String> notAnOwner = patch("R01", etag, "{\"owner\": \"finance\"}", DemoUser.PMO);
        assertEquals(400, notAnOwner.statusCode());
        assertTrue(notAnOwner.body().contains("risks[0].owner"), notAnOwner.body());

        assertEquals(200, patch("R01", etag, "{\"impact\": 1}", DemoUser.PMO).statusCode());
        HttpResponse<String> stale = patch("R01", etag, "{\"impact\": 2}", DemoUser.PMO);
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("UPDATE_RISK R01"), stale.body());
    }

    private List<JsonNode> register() throws IOException, InterruptedException {
        List<JsonNode> risks = new ArrayList<>();
        JSON.readTree(send(request("api/plans/" + code + "/risks", DemoUser.PMO).GET().build()).body())
                .forEach(risks::add);
        return risks;
    }

    private String etag() throws IOException, InterruptedException {
        return send(request("api/plans/" + code + "/risks", DemoUser.PMO).GET().build()).headers()
                .firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> post(String etag, String body, DemoUser user) throws IOException, InterruptedException {
        HttpRequest.Builder request = request("api/plans/" + code + "/risks", user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request.build());
    }

    private HttpResponse<String> patch(String risk, String etag, String body, DemoUser user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("api/plans/" + code + "/risks/" + risk, user)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request.build());
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user.username(), user.password()));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, utf8());
    }
}
