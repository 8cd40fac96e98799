package org.keelson.liberty.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.RequiresConfiguredDatabase;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * A server started without the Vector API module (the Arquillian server: its launcher reads no jvm.options, and
 * liberty/pom.xml copies none into it) still simulates, on the scalar kernel, with the same figures as the system-test
 * server keelson-it, whose jvm.options add the module and so run the SIMD kernel.
 */
@RequiresConfiguredDatabase
@ExtendWith(ArquillianExtension.class)
class ScalarKernelContainerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETTINGS = "{\"iterations\": 5000, \"seed\": 20261205, \"sampling\": \"lhs\", "
            + "\"postMitigation\": true}";

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.create();
    }

    @Inject
    PlanService plans;

    @Inject
    SimulationService simulations;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aServerWithoutTheVectorModuleRunsTheScalarKernelWithTheSimdServersFigures() throws Exception {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "this server must run without --add-modules=jdk.incubator.vector");
        Plan onSimdServer = new PlanJson().read(send(request("api/plans/KP-000").GET().build(), 200));
        JsonNode simdRun = runOnSimdServer();
        // the PostgreSQL test database outlives a run: a fresh code each time
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        plans.importPlan(withCode(onSimdServer, code));

        long id = simulations.start(code, new SimulationSettings(5000, 20261205L, Sampling.LHS, true, null), "it")
                .orElseThrow();
        SimulationRun run = awaitEnd(code, id);

        assertEquals(RunStatus.DONE, run.status(), run.errorMessage());
        assertEquals("simd", simdRun.get("kernel").asText(), "keelson-it's jvm.options add the Vector API module");
        assertEquals("scalar", run.kernel());
        ObjectNode scalarResult = (ObjectNode) JSON.readTree(run.resultJson());
        ObjectNode simdResult = (ObjectNode) simdRun.get("result");
        assertEquals("scalar", scalarResult.remove("kernel").asText());
        assertEquals("simd", simdResult.remove("kernel").asText());
        assertEquals(simdResult, scalarResult, "every figure of the result the same on both kernels");
    }

    private JsonNode runOnSimdServer() throws Exception {
        HttpResponse<String> started = http.send(request("api/plans/KP-000/simulations")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SETTINGS)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonNode run = JSON.readTree(send(request(location).GET().build(), 200));
            if (!run.get("status").asText().equals("queued") && !run.get("status").asText().equals("running")) {
                assertEquals("done", run.get("status").asText(), run.toString());
                return run;
            }
            assertTrue(System.nanoTime() < deadline, "keelson-it's run still " + run.get("status"));
            Thread.sleep(100);
        }
    }

    private SimulationRun awaitEnd(String code, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            SimulationRun run = simulations.find(code, id).orElseThrow();
            if (run.status().isFinal()) {
                return run;
            }
            assertTrue(System.nanoTime() < deadline, "run still " + run.status());
            Thread.sleep(100);
        }
    }

    private static Plan withCode(Plan p, String code) {
        return new Plan(code, p.name(), p.description(), p.currency(), p.locale(), p.status(), p.manager(),
                p.startDate(), p.deadline(), p.statusDate(), p.calendar(), p.phases(), p.milestones(), p.wbs(),
                p.correlations(), p.budget(), p.riskMatrix(), p.risks(), p.kpis(), p.benefits(), p.baselines(),
                p.assumptions());
    }

    /** On keelson-it, as its demo PMO. */
    private static HttpRequest.Builder request(String pathOrUri) {
        URI uri = TestEnvironment.portalBaseUri().resolve(pathOrUri);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("pmo:pmo-demo".getBytes(StandardCharsets.UTF_8)));
    }

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(expected, response.statusCode(), request.uri() + ": " + response.body());
        return response.body();
    }
}
