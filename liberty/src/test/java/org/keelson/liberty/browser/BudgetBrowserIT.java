package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.BudgetPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.support.Axe;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.TestEnvironment;

/**
 * Issue 13's budget page as finance uses it, on a copy of KP-000 (total 42.8 M, reserve 15 %): a quarter's amount
 * moved within the authorised budget, an over-plan refused next to the total, a drawdown without reason refused next
 * to the reason, a drawdown that moves the reserve into a line, and the budget workbook downloaded from the page;
 * an executive reads the same page without any edit control.
 */
class BudgetBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();
    private String code;

    @BeforeEach
    void importACopy() throws IOException, InterruptedException {
        code = PlanCopies.importCopy(SAMPLE, "FIN");
    }

    private void signIn(DemoUser user) {
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser.driver(), portal).signInAs(user);
    }

    private JsonNode stored() throws IOException, InterruptedException {
        HttpResponse<String> budget = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.resolve("api/plans/" + code + "/budget")).header("Authorization",
                PortalHttp.basic(DemoUser.EXECUTIVE)).GET().build(), PortalHttp.utf8());
        assertEquals(200, budget.statusCode(), budget.body());
        return JSON.readTree(budget.body());
    }

    private static double planned(JsonNode budget, String category, String quarter) {
        for (JsonNode line : budget.get("lines")) {
            if (line.get("category").asText().equals(category) && line.get("quarter").asText().equals(quarter)) {
                return line.get("planned").asDouble();
            }
        }
        throw new AssertionError("no line " + category + " " + quarter);
    }

    @Test
    void financeRevisesTheCostSheetAndDrawsFromTheReserve() throws Exception {
        signIn(DemoUser.FINANCE);
        BudgetPage page = BudgetPage.open(browser.driver(), portal, code);
        assertTrue(page.editControlsShown());
        assertEquals(List.of(), Axe.violations(browser.driver()), "budget page");
        JsonNode before = stored();
        double hw = planned(before, "HW", "2024-Q1");

        // a quarter raised by 100 000, the authorised total with it
        page.planned(page.sheetRow("HW", "2024-Q1"), String.valueOf((long) hw + 100_000)).total("42900000").save();
        JsonNode revised = stored();
        assertEquals(hw + 100_000, planned(revised, "HW", "2024-Q1"), 1e-6, page.formMessages());
        assertEquals(42_900_000, revised.get("total").asDouble(), 1e-6);

        // another million without the money to cover it: refused at the total, nothing written
        page = BudgetPage.open(browser.driver(), portal, code);
        int sw = page.sheetRow("SW", "2024-Q1");
        page.planned(sw, String.valueOf((long) planned(revised, "SW", "2024-Q1") + 1_000_000)).save();
        assertTrue(page.messageFor("budgetForm:total").contains("42900000"), page.messageFor("budgetForm:total"));
        assertEquals(revised, stored());

        // a drawdown needs a reason
        page = BudgetPage.open(browser.driver(), portal, code).draw("HW", "2024-Q1", "500000", "");
        assertFalse(page.messageFor("drawForm:drawReason").isBlank(), page.formMessages());
        assertEquals(revised, stored());

        // 500 000 from the reserve to HW in 2024-Q1
        page.draw("HW", "2024-Q1", "500000", "硬件涨价");
        JsonNode drawn = stored();
        assertEquals(hw + 600_000, planned(drawn, "HW", "2024-Q1"), 1e-6, page.formMessages());
        assertEquals("finance", drawn.get("reserveDrawdowns").get(0).get("by").asText());
        assertTrue(page.drawdownsText().contains("硬件涨价"), page.drawdownsText());
        // reserve 15 % of 42.9 M = 643.5 万元, 50 万元 drawn: 593.5 万元 left
        assertTrue(page.figure("reserveLeft").contains("593.5"), page.reserveText());
        page.screenshot("budget-reserve-zh");

        // the budget workbook from the page's link
        HttpResponse<byte[]> workbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(page.downloadLink("budget"))).timeout(Duration.ofSeconds(60)).header("Authorization",
                PortalHttp.basic(DemoUser.FINANCE)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, workbook.statusCode());
        assertTrue(workbook.headers().firstValue("Content-Disposition").orElse("").contains(code + "-budget-"));
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(workbook.body(), 2), "an xlsx (zip) file");
    }

    @Test
    void anExecutiveReadsTheReserveWithoutEditControls() {
        signIn(DemoUser.EXECUTIVE);
        BudgetPage page = BudgetPage.open(browser.driver(), portal, code);

        assertFalse(page.editControlsShown());
        assertTrue(page.figure("reserve").contains("642"), page.reserveText());
        assertTrue(page.drawdownsText().contains("尚未动用储备"), page.drawdownsText());
    }
}
