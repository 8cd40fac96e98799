package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.SimulationRunPage;
import org.keelson.liberty.pages.SimulationsPage;
import org.keelson.liberty.support.Axe;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/**
 * The PMO starts a run on a plan's Simulations tab and follows it to its results, whose sections and figures match
 * the REST result; a run page opened while the run is active polls until the results show; an executive only reads.
 */
class SimulationBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    @Test
    void pmoStartsARunSeesItReachOneHundredPercentAndOpensItsResults() throws Exception {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        SimulationsPage simulations = SimulationsPage.open(browser.driver(), portal, "KP-001");

        long id = simulations.start(3_000);
        simulations.awaitDone(id, Duration.ofMinutes(3));
        simulations.screenshot("simulations-KP-001-zh");
        SimulationRunPage run = simulations.openRun(id);

        assertTrue(run.settingsText().contains("3,000") && run.settingsText().contains("simd"), run.settingsText());
        String finish = run.finishTableText();
        assertTrue(finish.contains("P10") && finish.contains("P90") && finish.contains("确定性"), finish);
        assertTrue(finish.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), finish);
        String figures = run.figuresText();
        assertTrue(figures.contains("%") && figures.contains("万元") && figures.contains("净现值"), figures);
        assertTrue(run.chartDrawn(), "p:chart renders a canvas");
        assertResultsMatchTheRestResult(run, id);
        assertEquals(List.of(), Axe.violations(browser.driver()), "axe on the results page");
        run.scrollTo("costSection");
        run.screenshot("simulation-run-zh");
    }

    /** Every section of a plan with milestones, risks, budget and benefits, and figures as the REST result has them. */
    private void assertResultsMatchTheRestResult(SimulationRunPage run, long id) throws Exception {
        JsonNode result = restResult(id);
        for (String section : SimulationRunPage.SECTIONS) {
            assertTrue(run.has(section), section);
        }
        assertEquals(List.of("finishChart", "gapChart", "criticalityChart", "sensitivityChart", "tornadoFinishChart",
                "tornadoCostChart", "costChart", "contingencyChart", "jointChart", "spendChart", "npvChart", "irrChart",
                "roiChart", "paybackChart"), run.drawnCharts());
        assertTrue(run.finishTableText().contains(result.at("/finishDates/p80").asText()), run.finishTableText());
        assertEquals(wan(result.at("/cost/p80").asDouble()), run.text("costP80"));
        assertEquals(wan(result.at("/npv/p50").asDouble()), run.text("npvP50"));
        assertEquals(percent(result.at("/probabilityOnTime").asDouble()), run.text("probabilityOnTime"));
        assertTrue(run.text("milestoneTable").contains(result.at("/milestones/0/p80").asText()), run.text("milestoneTable"));
        assertEquals(result.get("riskTornado").size(), run.rowCount("riskTable"));
        assertTrue(run.text("riskTable").contains(result.at("/riskTornado/0/risk").asText()), run.text("riskTable"));
        assertTrue(run.text("costFigures").contains(percent(result.at("/cost/jointConfidenceP80Box").asDouble())),
                run.text("costFigures"));
        assertTrue(run.text("costFigures").contains(wan(result.at("/cost/contingencyNeededP80").asDouble())),
                run.text("costFigures"));
        assertTrue(run.text("roiFigures").contains(percent(result.at("/npv/probabilityNegative").asDouble())),
                run.text("roiFigures"));
        assertTrue(run.text("roiFigures").contains(percent(result.at("/roi/probabilityMeetsTarget").asDouble())),
                run.text("roiFigures"));
        assertEquals(10, run.rowCount("criticalityTable"));
        assertEquals(result.at("/cost/histogram").size(), run.rowCount("costChartBins"), "the cost chart's bars as a table");
        assertFalse(run.has("gapChartBins"), "bar charts have their own tables, no bins");
    }

    @Test
    void aRunOpenedWhileItIsActivePollsUntilItsResultsShow() {
        LoginPage.open(browser.driver(), portal).signInAsRiskOwner();
        long id = SimulationsPage.open(browser.driver(), portal, "KP-000").start(100_000);
        SimulationRunPage run = SimulationRunPage.openActive(browser.driver(), portal, "KP-000", id);

        List<String> shown = run.progressOrResults();
        assertEquals(1, shown.size(), "a progress bar while the run is active, else its results: " + shown);
        run.awaitResults(Duration.ofMinutes(3));
        assertFalse(run.showsProgressBar());
        assertTrue(run.chartDrawn(), "charts drawn after the poll brought the results");
    }

    private JsonNode restResult(long id) throws Exception {
        String credentials = DemoUser.PMO.username() + ":" + DemoUser.PMO.password();
        HttpRequest request = HttpRequest.newBuilder(portal.resolve("api/plans/KP-001/simulations/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("result");
    }

    /** An amount as the page shows CNY to Chinese readers. */
    private static String wan(double amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE))
                .format(amount / 10_000) + " 万元";
    }

    private static String percent(double share) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE))
                .format(share * 100) + " %";
    }

    @Test
    void anExecutiveSeesRunsButNoStartOrCancel() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);
        SimulationsPage simulations = SimulationsPage.open(browser.driver(), portal, "KP-001");

        assertFalse(simulations.canStart());
        assertFalse(simulations.hasCancelButtons());
    }
}
