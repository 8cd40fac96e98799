package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;
import org.w3c.dom.Document;

/**
 * A plan's downloads against the assembled server: every chart as a PNG image and a well-formed SVG document and every
 * workbook as xlsx, each named {@code <code>-<kind>-<status date>} with its content type, in the language asked for;
 * every role may download; an unknown plan or kind answers 404 and a bad language 400 with the errors JSON, and an
 * anonymous caller 401.
 */
@ExtendWith(PortalReady.class)
class PlanDownloadsSystemIT {
    private static final String PLAN = "KP-003";
    private static final List<String> CHARTS = List.of("s-curve", "budget", "kpi", "risk-heat-map", "gantt");
    private static final List<String> WORKBOOKS = List.of("budget", "evm", "kpi", "risks");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final HttpClient HTTP = PortalHttp.client();

    /** The plan's status date as stored, which the file names carry. */
    private static String statusDate;

    @BeforeAll
    static void readStatusDate() throws Exception {
        HttpResponse<String> plan = HTTP.send(get("api/plans/" + PLAN, DemoUser.FINANCE), PortalHttp.utf8());
        assertEquals(200, plan.statusCode(), plan.body());
        statusDate = new ObjectMapper().readTree(plan.body()).get("statusDate").asText();
        assertTrue(statusDate.matches("\\d{4}-\\d{2}-\\d{2}"), plan.body());
    }

    @Test
    void everyChartIsAPngImageNamedForThePlanKindAndStatusDate() throws Exception {
        for (String kind : CHARTS) {
            HttpResponse<byte[]> png = download("api/plans/" + PLAN + "/charts/" + kind + ".png?lang=zh",
                    DemoUser.FINANCE);

            assertEquals(200, png.statusCode(), kind);
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""), kind);
            assertEquals("attachment; filename=\"" + PLAN + "-" + kind + "-" + statusDate + ".png\"",
                    png.headers().firstValue("Content-Disposition").orElse(""), kind);
            assertArrayEquals(PNG, Arrays.copyOf(png.body(), 4), kind);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertNotNull(image, kind + " decodes as an image");
            assertEquals(1200, image.getWidth(), kind);
        }
    }

    @Test
    void everyChartIsAWellFormedSvgDocumentInTheLanguageAskedFor() throws Exception {
        for (String kind : CHARTS) {
            HttpResponse<byte[]> svg = download("api/plans/" + PLAN + "/charts/" + kind + ".svg?lang=en",
                    DemoUser.FINANCE);

            assertEquals(200, svg.statusCode(), kind);
            assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""), kind);
            assertEquals("attachment; filename=\"" + PLAN + "-" + kind + "-" + statusDate + ".svg\"",
                    svg.headers().firstValue("Content-Disposition").orElse(""), kind);
            Document document = parse(svg.body());
            assertEquals("svg", document.getDocumentElement().getLocalName(), kind);
        }
        String english = text("api/plans/" + PLAN + "/charts/s-curve.svg?lang=en");
        String chinese = text("api/plans/" + PLAN + "/charts/s-curve.svg?lang=zh");
        assertTrue(english.contains("Cost S-curve") && !english.contains("成本 S 曲线"), "English title");
        assertTrue(chinese.contains("成本 S 曲线") && chinese.contains("万元"), "Chinese title and 万元 axis");
    }

    @Test
    void everyWorkbookIsAnXlsxNamedForThePlanKindAndStatusDate() throws Exception {
        for (String kind : WORKBOOKS) {
            HttpResponse<byte[]> xlsx = download("api/plans/" + PLAN + "/reports/" + kind + ".xlsx?lang=en",
                    DemoUser.FINANCE);

            assertEquals(200, xlsx.statusCode(), kind);
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().firstValue("Content-Type").orElse(""), kind);
            assertEquals("attachment; filename=\"" + PLAN + "-" + kind + "-" + statusDate + ".xlsx\"",
                    xlsx.headers().firstValue("Content-Disposition").orElse(""), kind);
            assertTrue(sheets(xlsx.body()) > 0, kind + " is a workbook with sheets");
        }
    }

    @Test
    void everyRoleMayDownloadCharts() throws Exception {
        for (DemoUser user : DemoUser.values()) {
            HttpResponse<byte[]> svg = download("api/plans/" + PLAN + "/charts/budget.svg", user);
            assertEquals(200, svg.statusCode(), user.username());
        }
    }

    @Test
    void unknownKindsAndPlansAnswer404AndABadLanguage400WithTheErrorsJson() throws Exception {
        HttpResponse<byte[]> unknownKind = download("api/plans/" + PLAN + "/charts/pie.png", DemoUser.FINANCE);
        assertEquals(404, unknownKind.statusCode());
        assertTrue(body(unknownKind).contains("\"path\":\"kind\""), body(unknownKind));
        assertEquals(404, download("api/plans/" + PLAN + "/charts/pie.svg", DemoUser.FINANCE).statusCode());

        HttpResponse<byte[]> unknownPlan = download("api/plans/KP-NONE/charts/gantt.svg", DemoUser.FINANCE);
        assertEquals(404, unknownPlan.statusCode());
        assertTrue(body(unknownPlan).contains("no plan with code KP-NONE"), body(unknownPlan));

        HttpResponse<byte[]> badLanguage = download("api/plans/" + PLAN + "/charts/gantt.png?lang=fr",
                DemoUser.FINANCE);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(badLanguage.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(body(badLanguage).contains("\"path\":\"lang\""), body(badLanguage));
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() throws Exception {
        for (String path : List.of("charts/s-curve.png", "charts/s-curve.svg", "reports/evm.xlsx")) {
            HttpRequest anonymous = HttpRequest.newBuilder(TestEnvironment.portalBaseUri()
                    .resolve("api/plans/" + PLAN + "/" + path)).GET().build();
            HttpResponse<byte[]> refused = HTTP.send(anonymous, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(401, refused.statusCode(), path);
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
        }
    }

    /** Parses without fetching anything: a DOCTYPE would be refused. */
    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static String text(String path) throws Exception {
        HttpResponse<byte[]> response = download(path, DemoUser.EXECUTIVE);
        assertEquals(200, response.statusCode(), path);
        return body(response);
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * The number of worksheets of an xlsx file, read as spreadsheet programs read it: through the zip's central
     * directory (a streamed workbook's local entry headers do not carry the sizes), which must also list the workbook.
     */
    private static long sheets(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("plan-download", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                assertNotNull(zip.getEntry("xl/workbook.xml"), "the workbook part");
                return zip.stream().filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml")).count();
            }
        } finally {
            Files.delete(file);
        }
    }

    private static HttpResponse<byte[]> download(String path, DemoUser user) throws IOException, InterruptedException {
        return HTTP.send(get(path, user), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest get(String path, DemoUser user) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path))
                .header("Authorization", PortalHttp.basic(user)).GET().build();
    }
}
