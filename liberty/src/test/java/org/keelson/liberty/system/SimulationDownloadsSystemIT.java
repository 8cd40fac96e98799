package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/**
 * The downloads of a stored run against the assembled server: the simulation workbook made again from the run's
 * snapshot and settings shows the stored figures, the charts are PNG images and SVG documents, every role may
 * download, a run that is not done answers 409 and an unknown plan, run or chart 404.
 */
@ExtendWith(PortalReady.class)
class SimulationDownloadsSystemIT {
    private static final String RUNS = "api/plans/KP-002/simulations";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A done run of KP-002 (with a benefit model), shared by the tests: its address and stored result. */
    private static String run;
    private static JsonNode stored;

    @BeforeAll
    static void aDoneRun() throws Exception {
        HttpResponse<String> started = send(post("{\"iterations\": 1500, \"seed\": 11, \"postMitigation\": true}",
                DemoUser.PMO), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        run = started.headers().firstValue("Location").orElseThrow();
        JsonNode ended = awaitEnd(run);
        assertEquals("done", ended.get("status").asText(), ended.toString());
        stored = ended.get("result");
    }

    @Test
    void theWorkbookMadeAgainShowsTheStoredP80FinishAndCost() throws Exception {
        HttpResponse<byte[]> workbook = download(run + "/workbook.xlsx?lang=en", DemoUser.FINANCE);

        assertEquals(200, workbook.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook.headers().firstValue("Content-Type").orElse(""));
        String id = run.substring(run.lastIndexOf('/') + 1);
        assertEquals("attachment; filename=\"KP-002-simulation-" + id + ".xlsx\"",
                workbook.headers().firstValue("Content-Disposition").orElse(""));
        String summary = entry(workbook.body(), "xl/worksheets/sheet1.xml");
        LocalDate p80 = LocalDate.parse(stored.get("finishDates").get("p80").asText());
        // cell values as the workbook stores them: dates as days since 1899-12-30, amounts as Java writes doubles
        double serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), p80);
        assertTrue(summary.contains("<v>" + serial + "</v>"), "P80 finish " + p80);
        double cost = stored.get("cost").get("p80").asDouble();
        assertTrue(summary.contains("<v>" + cost + "</v>"), "cost P80 " + cost);
        assertTrue(entry(workbook.body(), "xl/workbook.xml").contains("name=\"Summary\""), "in the language asked for");
    }

    @Test
    void theChartsArePngImagesForEveryRole() throws Exception {
        for (String chart : List.of("finish", "tornado", "npv")) {
            HttpResponse<byte[]> png = download(run + "/charts/" + chart + ".png?lang=zh", DemoUser.EXECUTIVE);
            assertEquals(200, png.statusCode(), chart);
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""), chart);
            assertArrayEquals(PNG, Arrays.copyOf(png.body(), 4), chart);
        }
        assertEquals(200, download(run + "/charts/finish.png", DemoUser.RISK_OWNER).statusCode());
    }

    @Test
    void theChartsAreSvgDocumentsToo() throws Exception {
        String id = run.substring(run.lastIndexOf('/') + 1);
        for (String chart : List.of("finish", "tornado", "npv")) {
            HttpResponse<byte[]> svg = download(run + "/charts/" + chart + ".svg?lang=en", DemoUser.FINANCE);
            assertEquals(200, svg.statusCode(), chart);
            assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""), chart);
            assertEquals("attachment; filename=\"KP-002-simulation-" + id + "-" + chart + ".svg\"",
                    svg.headers().firstValue("Content-Disposition").orElse(""), chart);
            String document = new String(svg.body(), StandardCharsets.UTF_8);
            assertTrue(document.startsWith("<?xml") && document.contains("<svg") && document.trim().endsWith("</svg>"),
                    chart);
        }
    }

    @Test
    void aRunNotDoneHasNoDownloads() throws Exception {
        HttpResponse<String> started = send(post("{\"iterations\": 100000}", DemoUser.PMO),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        send(request(location, DemoUser.PMO).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("cancelled", awaitEnd(location).get("status").asText());

        HttpResponse<byte[]> refused = download(location + "/workbook.xlsx", DemoUser.PMO);
        assertEquals(409, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("only a done run has downloads"));
        assertEquals(409, download(location + "/charts/finish.png", DemoUser.PMO).statusCode());
    }

    @Test
    void unknownPlansRunsChartsAndLanguagesAreRefused() throws Exception {
        assertEquals(404, download("api/plans/KP-NONE/simulations/1/workbook.xlsx", DemoUser.PMO).statusCode());
        assertEquals(404, download(RUNS + "/999999999/workbook.xlsx", DemoUser.PMO).statusCode());
        assertEquals(404, download(run + "/charts/gantt.png", DemoUser.PMO).statusCode());
        assertEquals(400, download(run + "/workbook.xlsx?lang=fr", DemoUser.PMO).statusCode());
        HttpRequest anonymous = HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(run + "/workbook.xlsx"))
                .GET().build();
        assertEquals(401, send(anonymous, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(200, send(request(run, DemoUser.PMO).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "the run itself is still answered beside its downloads");
    }

    /** The text of one part of a workbook (a zip of XML parts). */
    private static String entry(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                if (part.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the workbook has no " + name);
    }

    private static JsonNode awaitEnd(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonNode current = JSON.readTree(send(request(location, DemoUser.PMO).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (List.of("done", "failed", "cancelled").contains(current.get("status").asText())) {
                return current;
            }
            assertTrue(System.nanoTime() < deadline, "not ended after 3 minutes: " + current);
            Thread.sleep(250);
        }
    }

    private static HttpResponse<byte[]> download(String path, DemoUser user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest post(String json, DemoUser user) {
        return request(RUNS, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder request(String pathOrUri, DemoUser user) {
        URI uri = TestEnvironment.portalBaseUri().resolve(pathOrUri);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Authorization", PortalHttp.basic(user));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return HTTP.send(request, body);
    }
}
