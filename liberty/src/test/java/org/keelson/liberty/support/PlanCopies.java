package org.keelson.liberty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/** Copies of sample plans imported under new codes, so a test may edit one while the samples stay as they are. */
public final class PlanCopies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanCopies() {
    }

    /**
     * Imports {@code sample} as PMO under a new code, {@code Z<prefix>-...}; returns the code. The codes sort after the
     * sample plans', so the portfolio's first page, which other tests read, still lists the samples.
     */
    public static String importCopy(Path sample, String prefix) throws IOException, InterruptedException {
        String code = "Z" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(sample));
        plan.put("code", code);
        HttpResponse<String> created = PortalHttp.client().send(HttpRequest.newBuilder(
                TestEnvironment.portalBaseUri().resolve("api/plans")).header("Content-Type", "application/json")
                .header("Authorization", PortalHttp.basic(DemoUser.PMO))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(plan))).build(), PortalHttp.utf8());
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    /** The plan {@code code} as stored, read through the API as PMO. */
    public static Plan stored(String code) throws IOException, InterruptedException {
        HttpResponse<String> response = PortalHttp.client().send(HttpRequest.newBuilder(
                TestEnvironment.portalBaseUri().resolve("api/plans/" + code)).timeout(Duration.ofSeconds(30))
                .header("Authorization", PortalHttp.basic(DemoUser.PMO)).GET().build(), PortalHttp.utf8());
        assertEquals(200, response.statusCode(), response.body());
        return new PlanJson().read(response.body());
    }
}
