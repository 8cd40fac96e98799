package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Editing a plan over REST on the assembled server (issue 11): ETag and If-Match, merge patches of activities and
 * milestones, WBS moves, status updates, baselines and their variance, the audit history, and who may do it. Each
 * test edits its own copy of sample plan 001 so the sample plans other tests read stay as they are.
 */
@ExtendWith(PortalReady.class)
class PlanEditingSystemIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String code;

    @BeforeEach
    void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(SAMPLE, "EDIT");
    }

    private JsonNode plan() throws IOException, InterruptedException {
        return JSON.readTree(send(request("api/plans/" + code, DemoUser.PMO).GET().build()).body());
    }

    private String etag() throws IOException, InterruptedException {
        return send(request("api/plans/" + code, DemoUser.PMO).GET().build()).headers().firstValue("ETag")
                .orElseThrow();
    }

    /**
     * The first leaf not started whose finish follows its duration (no FF or SF predecessor ties it), the code of an
     * FS successor of it that is not a milestone, and its duration.
     */
    private String[] unstartedLeafWithSuccessor(JsonNode plan) {
        for (JsonNode successor : plan.get("wbs")) {
            for (JsonNode relation : successor.path("relations")) {
                JsonNode predecessor = activity(plan, relation.get("predecessor").asText());
                if (!predecessor.has("actualStart") && !successor.has("actualStart")
                        && relation.path("type").asText("FS").equals("FS") && successor.get("duration").asDouble() > 0
                        && finishFollowsDuration(predecessor)) {
                    return new String[] {predecessor.get("code").asText(), successor.get("code").asText(),
                            predecessor.get("duration").asText()};
                }
            }
        }
        throw new AssertionError("no unstarted FS pair in " + code);
    }

    private static boolean finishFollowsDuration(JsonNode activity) {
        for (JsonNode relation : activity.path("relations")) {
            String type = relation.path("type").asText("FS");
            if (type.equals("FF") || type.equals("SF")) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode activity(JsonNode plan, String wbs) {
        for (JsonNode a : plan.get("wbs")) {
            if (a.get("code").asText().equals(wbs)) {
                return a;
            }
        }
        throw new AssertionError("no activity " + wbs);
    }

    private HttpResponse<String> patch(String path, String etag, String body, DemoUser user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, user).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request.build());
    }

    @Test
    void aPatchWithTheCurrentETagIsSavedRescheduledAndAudited() throws Exception {
        JsonNode before = plan();
        String[] pair = unstartedLeafWithSuccessor(before);
        double duration = Double.parseDouble(pair[2]);
        String etag = etag();

        HttpResponse<String> saved = patch("api/plans/" + code + "/activities/" + pair[0], etag,
                "{\"duration\": " + (duration + 10) + ", \"estimate\": null}", DemoUser.PMO);

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(duration + 10, JSON.readTree(saved.body()).get("duration").asDouble());
        String newTag = saved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newTag);
        assertEquals(newTag, etag());
        JsonNode after = plan();
        String finishBefore = activity(before, pair[0]).get("plannedFinish").asText();
        String finishAfter = activity(after, pair[0]).get("plannedFinish").asText();
        assertTrue(finishAfter.compareTo(finishBefore) > 0, "rescheduled: " + finishBefore + " → " + finishAfter);
        assertTrue(activity(after, pair[1]).get("plannedStart").asText().compareTo(finishAfter) > 0,
                "the successor " + pair[1] + " starts after the new finish " + finishAfter);

        JsonNode history = JSON.readTree(send(request("api/plans/" + code + "/history", DemoUser.EXECUTIVE).GET()
                .build()).body());
        assertEquals("UPDATE_ACTIVITY " + pair[0], history.get(0).get("action").asText());
        assertEquals("pmo", history.get(0).get("user").asText());
        assertTrue(history.get(0).get("changes").toString().contains("\"field\":\"duration\""), history.toString());
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() throws Exception {
        String stale = etag();
        assertEquals(200, patch("api/plans/" + code + "/activities/1.1", stale, "{\"owner\": \"王五\"}",
                DemoUser.PMO).statusCode());
        JsonNode afterFirst = plan();

        HttpResponse<String> conflict = patch("api/plans/" + code + "/activities/1.1", stale,
                "{\"owner\": \"赵六\"}", DemoUser.PMO);
        HttpResponse<String> missing = patch("api/plans/" + code + "/activities/1.1", null,
                "{\"owner\": \"赵六\"}", DemoUser.PMO);

        assertEquals(412, conflict.statusCode(), conflict.body());
        JsonNode since = JSON.readTree(conflict.body()).get("since");
        assertEquals(1, since.size());
        assertEquals("pmo", since.get(0).get("user").asText());
        assertEquals(428, missing.statusCode(), missing.body());
        assertEquals(afterFirst, plan());
    }

    @Test
    void anInvalidPatchIsRefusedWithItsPathAndWritesNothing() throws Exception {
        JsonNode before = plan();
        int index = 0;
        while (!before.get("wbs").get(index).get("code").asText().equals("1.1")) {
            index++;
        }

        HttpResponse<String> refused = patch("api/plans/" + code + "/activities/1.1", etag(),
                "{\"name\": null}", DemoUser.PMO);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"path\":\"wbs[" + index + "].name"), refused.body());
        assertEquals(before, plan());
        assertEquals(404, patch("api/plans/" + code + "/activities/9.9.9", etag(), "{}", DemoUser.PMO)
                .statusCode());
    }

    @Test
    void onlyPmoAndAdminEdit() throws Exception {
        String etag = etag();
        for (DemoUser user : new DemoUser[] {DemoUser.EXECUTIVE, DemoUser.FINANCE, DemoUser.RISK_OWNER}) {
            HttpResponse<String> refused = patch("api/plans/" + code + "/activities/1.1", etag,
                    "{\"owner\": \"x\"}", user);
            assertEquals(403, refused.statusCode(), user + ": " + refused.body());
        }
        assertEquals(200, patch("api/plans/" + code + "/activities/1.1", etag, "{\"owner\": \"管理员\"}",
                DemoUser.ADMIN).statusCode());
    }

    @Test
    void anAddedActivityIsNumberedByItsPlaceAndMovesWithTheWbs() throws Exception {
        HttpResponse<String> added = send(request("api/plans/" + code + "/activities?parent=1", DemoUser.PMO)
                .header("Content-Type", "application/json").header("If-Match", etag())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": {\"zh\": \"上线复盘\", \"en\": \"Launch review\"}, \"duration\": 3}")).build());
        assertEquals(201, added.statusCode(), added.body());
        String location = added.headers().firstValue("Location").orElseThrow();
        String newCode = location.substring(location.lastIndexOf('/') + 1);
        assertEquals("Launch review", activity(plan(), newCode).get("name").get("en").asText());

        HttpResponse<String> up = send(request("api/plans/" + code + "/activities/" + newCode + "/move-up",
                DemoUser.PMO).header("If-Match", etag()).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, up.statusCode(), up.body());
        String[] parts = newCode.split("\\.");
        String above = "1." + (Integer.parseInt(parts[1]) - 1);
        assertEquals("Launch review", activity(plan(), above).get("name").get("en").asText());

        HttpResponse<String> deleted = send(request("api/plans/" + code + "/activities/" + above, DemoUser.PMO)
                .header("If-Match", etag()).DELETE().build());
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertTrue(!plan().toString().contains("Launch review"));
    }

    @Test
    void aStatusUpdateAndABaselineShowTheirVariance() throws Exception {
        JsonNode before = plan();
        String[] pair = unstartedLeafWithSuccessor(before);
        String statusDate = before.get("statusDate").asText();
        double duration = Double.parseDouble(pair[2]) + 1;
        // a change of duration reschedules the whole plan, so the baseline holds CPM dates
        assertEquals(200, patch("api/plans/" + code + "/activities/" + pair[0], etag(),
                "{\"duration\": " + duration + ", \"estimate\": null}", DemoUser.PMO).statusCode());

        HttpResponse<String> baseline = send(request("api/plans/" + code + "/baselines", DemoUser.PMO)
                .header("Content-Type", "application/json").header("If-Match", etag())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"BL-系统测试\"}")).build());
        assertEquals(201, baseline.statusCode(), baseline.body());

        HttpResponse<String> status = send(request("api/plans/" + code + "/status-updates", DemoUser.PMO)
                .header("Content-Type", "application/json").header("If-Match", etag())
                .POST(HttpRequest.BodyPublishers.ofString("{\"statusDate\": \"" + statusDate + "\", \"progress\": "
                        + "[{\"code\": \"" + pair[0] + "\", \"remainingDuration\": "
                        + (duration + 5) + "}]}")).build());
        assertEquals(200, status.statusCode(), status.body());

        JsonNode variance = JSON.readTree(send(request(baseline.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^.*?/api/", "api/"), DemoUser.FINANCE).GET().build()).body());
        JsonNode row = null;
        for (JsonNode r : variance) {
            if (r.get("code").asText().equals(pair[0])) {
                row = r;
            }
        }
        assertEquals(5, row.get("durationVariance").asInt(), row.toString());
        // a finish tied by its own predecessors (FF) moves the start instead: either way the span grew by five days
        assertEquals(5, row.get("finishVariance").asInt() - row.get("startVariance").asInt(), row.toString());

        HttpResponse<String> backwards = send(request("api/plans/" + code + "/status-updates", DemoUser.PMO)
                .header("Content-Type", "application/json").header("If-Match", etag())
                .POST(HttpRequest.BodyPublishers.ofString("{\"statusDate\": \"2000-01-03\"}")).build());
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("\"path\":\"statusDate\""), backwards.body());
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user.username(), user.password()));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, utf8());
    }
}
