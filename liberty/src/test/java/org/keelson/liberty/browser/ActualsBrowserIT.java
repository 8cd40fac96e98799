package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.liberty.pages.ActualsPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.TestEnvironment;

/**
 * Finance records actual costs from Excel in the browser (issue 13), on a copy of sample plan 001: downloads the
 * template through the page's link with the page's session, fills it, uploads a broken file and sees each problem
 * at its cell with nothing written, then a good one, sees the change, confirms it and finds it in the stored plan.
 * An executive sees the page without the upload.
 */
class ActualsBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The copy of sample 001 this test uploads to. */
    private static String code;
    private final URI portal = TestEnvironment.portalBaseUri();

    @BeforeAll
    static void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(Path.of("..", "sample-plans", "001-omnichannel-fusion.json"), "ACTB");
    }

    private void signIn(DemoUser user) {
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser.driver(), portal).signInAs(user);
    }

    /** The template, fetched from the page's link with the browser's session cookie. */
    private byte[] downloadTemplate(ActualsPage page) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> template = PortalHttp.client().send(HttpRequest.newBuilder(URI.create(page.templateLink()))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        return template.body();
    }

    /** The template with PLAT's 2025-Q3 actual (Actuals!E5) set to {@code actual}, saved as a file to upload. */
    private static Path filled(byte[] template, Object actual, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                OutputStream out = Files.newOutputStream(file)) {
            Row row = workbook.getSheet("Actuals").getRow(4);
            assertEquals("PLAT", row.getCell(0).getStringCellValue());
            assertEquals("2025-Q3", row.getCell(2).getStringCellValue());
            if (actual instanceof Double amount) {
                row.getCell(4).setCellValue(amount);
            } else {
                row.getCell(4).setCellValue(actual.toString());
            }
            workbook.write(out);
        }
        return file;
    }

    private static double storedPlat2025Q3() throws IOException, InterruptedException {
        HttpResponse<String> plan = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                TestEnvironment.portalBaseUri().resolve("api/plans/" + code))
                .header("Authorization", PortalHttp.basic(DemoUser.FINANCE)).GET().build(), PortalHttp.utf8());
        for (JsonNode line : JSON.readTree(plan.body()).path("budget").path("lines")) {
            if (line.get("category").asText().equals("PLAT") && line.get("quarter").asText().equals("2025-Q3")) {
                return line.get("actual").asDouble();
            }
        }
        throw new AssertionError("no PLAT 2025-Q3 line in " + code);
    }

    @Test
    void financeUploadsTheFilledTemplateSeesProblemsThenConfirms(@TempDir Path directory) throws Exception {
        signIn(DemoUser.FINANCE);
        ActualsPage page = ActualsPage.open(browser.driver(), portal, code);
        assertTrue(page.tabLabels().contains("实际成本"), page.tabLabels().toString());
        byte[] template = downloadTemplate(page);

        page = page.upload(filled(template, "约四百万", directory.resolve("broken.xlsx")));
        assertEquals(List.of("Actuals!E5: 不是数字：\"约四百万\""), page.problems());
        assertFalse(page.offersConfirm());
        assertEquals(3_924_000, storedPlat2025Q3(), "nothing is written for a broken file");
        page.screenshot("actuals-problems-zh");

        page = page.upload(filled(template, 4_100_000.0, directory.resolve("good.xlsx")));
        assertEquals(List.of(), page.problems());
        List<String> changes = page.changes();
        assertEquals(1, changes.size(), changes.toString());
        assertTrue(changes.get(0).contains("PLAT") && changes.get(0).contains("2025-Q3")
                && changes.get(0).contains("392.40 万元") && changes.get(0).contains("410.00 万元"), changes.get(0));
        assertEquals(3_924_000, storedPlat2025Q3(), "nothing is written before the confirmation");

        page = page.confirm();
        assertTrue(page.messages().contains("1"), page.messages());
        assertFalse(page.offersConfirm());
        assertEquals(4_100_000, storedPlat2025Q3());
    }

    @Test
    void anExecutiveSeesNoUpload() {
        signIn(DemoUser.EXECUTIVE);
        ActualsPage page = ActualsPage.open(browser.driver(), portal, code);

        assertFalse(page.offersUpload());
        assertFalse(page.tabLabels().contains("实际成本"), page.tabLabels().toString());
    }
}
