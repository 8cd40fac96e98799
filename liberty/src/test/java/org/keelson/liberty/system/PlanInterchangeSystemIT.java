package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.liberty.support.PortalHttp.basic;
import static org.keelson.liberty.support.PortalHttp.utf8;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.ScheduledActivity;

/**
 * MS Project and Primavera round trip over REST on the assembled server (issue 11): a sample plan exported as MSPDI or
 * XER and imported back under another code schedules to the same dates; bad files and taken codes write nothing.
 */
@ExtendWith(PortalReady.class)
class PlanInterchangeSystemIT {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<byte[]> export(String code, String format) throws IOException, InterruptedException {
        return http.send(request("api/plans/" + code + "/export?format=" + format, DemoUser.FINANCE).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> importFile(byte[] file, String format, String code, DemoUser user)
            throws IOException, InterruptedException {
        return http.send(request("api/plans/import?format=" + format + "&code=" + code, user)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), utf8());
    }

    private Plan plan(String code) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("api/plans/" + code, DemoUser.PMO).GET().build(), utf8());
        assertEquals(200, response.statusCode(), response.body());
        return new PlanJson().read(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mspdi", "xer"})
    void anExportedPlanImportsBackWithTheSameDates(String format) throws Exception {
        HttpResponse<byte[]> exported = export("KP-001", format);
        assertEquals(200, exported.statusCode());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").contains("KP-001."),
                exported.headers().toString());
        String code = "RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        HttpResponse<String> imported = importFile(exported.body(), format, code, DemoUser.PMO);

        assertEquals(201, imported.statusCode(), imported.body());
        assertTrue(imported.headers().firstValue("Location").orElse("").endsWith("plans/" + code));
        Plan original = plan("KP-001");
        Plan back = plan(code);
        Map<String, ScheduledActivity> expected = new HashMap<>();
        CriticalPathScheduler.schedule(original).activities().forEach(s -> expected.put(s.code(), s));
        Map<String, ScheduledActivity> actual = new HashMap<>();
        CriticalPathScheduler.schedule(back).activities().forEach(s -> actual.put(s.code(), s));
        for (Activity a : original.wbs()) {
            assertEquals(expected.get(a.code()).earlyStartDate(), actual.get(a.code()).earlyStartDate(),
                    format + " start of " + a.code());
            assertEquals(expected.get(a.code()).earlyFinishDate(), actual.get(a.code()).earlyFinishDate(),
                    format + " finish of " + a.code());
        }

        HttpResponse<String> again = importFile(exported.body(), format, code, DemoUser.PMO);
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedAndOnlyPmoAndAdminImport() throws Exception {
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> garbage = importFile("<html>no project</html>".getBytes(), "mspdi", code,
                DemoUser.PMO);
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("\"errors\""), garbage.body());
        assertEquals(404, http.send(request("api/plans/" + code, DemoUser.PMO).GET().build(), utf8()).statusCode());

        byte[] file = export("KP-001", "mspdi").body();
        assertEquals(403, importFile(file, "mspdi", code, DemoUser.FINANCE).statusCode());
        assertEquals(400, http.send(request("api/plans/KP-001/export?format=pdf", DemoUser.PMO).GET().build(),
                utf8()).statusCode());
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", basic(user.username(), user.password()));
    }
}
