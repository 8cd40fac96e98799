package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.liberty.support.PortalHttp.basic;
import static org.keelson.liberty.support.PortalHttp.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/**
 * Actual costs from Excel and CSV over REST on the assembled server (issue 13): the template, an upload of it
 * filled and of a CSV, a bad cell refused with its place and nothing written, a stale If-Match, and who may do it.
 * Each test uploads to its own copy of sample plan 001 (PLAT has a line in 2025-Q3 with actual 3,924,000).
 */
@ExtendWith(PortalReady.class)
class ActualsUploadSystemIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = PortalHttp.client();
    private String code;

    @BeforeEach
    void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(SAMPLE, "ACT");
    }

    private HttpRequest.Builder request(String path, DemoUser user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path));
        return user == null ? request : request.header("Authorization", basic(user));
    }

    private HttpResponse<byte[]> template(DemoUser user) throws IOException, InterruptedException {
        return http.send(request("api/plans/" + code + "/actuals/template.xlsx", user).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> plan() throws IOException, InterruptedException {
        return http.send(request("api/plans/" + code, DemoUser.FINANCE).GET().build(), utf8());
    }

    private String etag() throws IOException, InterruptedException {
        return plan().headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> upload(byte[] body, String type, String etag, DemoUser user)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = request("api/plans/" + code + "/actuals", user).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (etag != null) {
            post.header("If-Match", etag);
        }
        return http.send(post.build(), utf8());
    }

    /** The actual of the plan's line of {@code category} in {@code quarter}, -1 when it has none. */
    private double storedActual(String category, String quarter) throws IOException, InterruptedException {
        for (JsonNode line : JSON.readTree(plan().body()).path("budget").path("lines")) {
            if (line.get("category").asText().equals(category) && line.get("quarter").asText().equals(quarter)) {
                return line.path("actual").asDouble(0);
            }
        }
        return -1;
    }

    /** The template with the actual of {@code category} in {@code quarter} set to {@code actual}. */
    private byte[] filled(String category, String quarter, Object actual) throws IOException, InterruptedException {
        HttpResponse<byte[]> template = template(DemoUser.FINANCE);
        assertEquals(200, template.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet sheet = workbook.getSheet("Actuals");
            for (Row row : sheet) {
                if (row.getRowNum() >= 4 && row.getCell(0).getStringCellValue().equals(category)
                        && row.getCell(2).getStringCellValue().equals(quarter)) {
                    if (actual instanceof Double amount) {
                        row.getCell(4).setCellValue(amount);
                    } else {
                        row.getCell(4).setCellValue(actual.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateListsEveryCategoryAndQuarterOfThePlan() throws Exception {
        HttpResponse<byte[]> template = template(DemoUser.FINANCE);

        assertEquals(200, template.statusCode());
        assertEquals(XLSX, template.headers().firstValue("Content-Type").orElse(""));
        assertTrue(template.headers().firstValue("Content-Disposition").orElse("")
                .contains(code + "-actuals-template.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet sheet = workbook.getSheet("Actuals");
            // 5 categories x 2025-Q3..2027-Q1
            assertEquals(4 + 5 * 7 - 1, sheet.getLastRowNum());
            assertEquals("实际（元）", sheet.getRow(3).getCell(4).getStringCellValue());
        }
    }

    @Test
    void aFilledTemplateIsWrittenAndAnswersWhatChanged() throws Exception {
        String before = etag();

        HttpResponse<String> written = upload(filled("PLAT", "2025-Q3", 4_000_000.0), XLSX, before,
                DemoUser.FINANCE);

        assertEquals(200, written.statusCode(), written.body());
        JsonNode changes = JSON.readTree(written.body()).get("changes");
        assertEquals(1, changes.size(), written.body());
        assertEquals("PLAT", changes.get(0).get("category").asText());
        assertEquals("2025-Q3", changes.get(0).get("quarter").asText());
        assertEquals(3_924_000, changes.get(0).get("before").asDouble());
        assertEquals(4_000_000, changes.get(0).get("after").asDouble());
        assertNotEquals(before, written.headers().firstValue("ETag").orElse(before));
        assertEquals(4_000_000, storedActual("PLAT", "2025-Q3"));
    }

    @Test
    void aCsvIsWrittenTooAndMayAddALine() throws Exception {
        assertEquals(-1, storedActual("PLAT", "2026-Q1"), "sample 001 plans nothing for PLAT in 2026-Q1");
        byte[] csv = "\uFEFFcategory,quarter,actual\r\nPLAT,2026-Q1,1500.5\r\nPMO,2025-Q3,\r\n"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> written = upload(csv, "text/csv; charset=UTF-8", etag(), DemoUser.PMO);

        assertEquals(200, written.statusCode(), written.body());
        assertFalse(JSON.readTree(written.body()).get("changes").get(0).hasNonNull("before"), written.body());
        assertEquals(1500.5, storedActual("PLAT", "2026-Q1"));
    }

    @Test
    void aBadCellIsRefusedWithItsPlaceAndNothingIsWritten() throws Exception {
        String before = etag();

        HttpResponse<String> refused = upload(filled("PLAT", "2025-Q3", "about 4M"), XLSX, before,
                DemoUser.FINANCE);

        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertEquals("Actuals!E5", error.get("path").asText(), refused.body());
        assertEquals("not a number: \"about 4M\"", error.get("message").asText());
        assertEquals(before, etag());
        assertEquals(3_924_000, storedActual("PLAT", "2025-Q3"));
    }

    @Test
    void somethingElseThanTheTemplateIsRefusedWhateverItsType() throws Exception {
        HttpResponse<String> refused = upload("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), XLSX, etag(),
                DemoUser.FINANCE);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not an xlsx workbook"), refused.body());
    }

    @Test
    void anUploadOnAStaleVersionIsRefused() throws Exception {
        String stale = etag();
        assertEquals(200, upload(filled("PLAT", "2025-Q3", 4_000_000.0), XLSX, stale, DemoUser.FINANCE)
                .statusCode());

        HttpResponse<String> refused = upload(filled("PLAT", "2025-Q3", 5_000_000.0), XLSX, stale,
                DemoUser.FINANCE);

        assertEquals(412, refused.statusCode(), refused.body());
        assertEquals(4_000_000, storedActual("PLAT", "2025-Q3"));
        assertEquals(428, upload(filled("PLAT", "2025-Q3", 5_000_000.0), XLSX, null, DemoUser.FINANCE)
                .statusCode());
    }

    @Test
    void executivesAndAnonymousVisitorsMayNotUpload() throws Exception {
        byte[] file = filled("PLAT", "2025-Q3", 1.0);

        assertEquals(403, upload(file, XLSX, etag(), DemoUser.EXECUTIVE).statusCode());
        assertEquals(403, template(DemoUser.EXECUTIVE).statusCode());
        HttpResponse<String> anonymous = upload(file, XLSX, etag(), null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(3_924_000, storedActual("PLAT", "2025-Q3"));
    }
}
