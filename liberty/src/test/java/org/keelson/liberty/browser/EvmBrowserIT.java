package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.EvmPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Finance reads a plan's earned value: the S-curves by quarter and by month, the plan's CPI as the core computes it,
 * the definitions, and the workbook and S-curve downloads in the page's language.
 */
class EvmBrowserIT {
    private static final Path SAMPLE = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");

    @RegisterExtension
    static final Browser browser = new Browser();

    private static String plan;
    private static Measures core;
    private static int quarters;
    private final URI portal = TestEnvironment.portalBaseUri();

    @BeforeAll
    static void importACopy() throws Exception {
        plan = PlanCopies.importCopy(SAMPLE, "EVMB");
        Plan sample;
        try (InputStream json = Files.newInputStream(SAMPLE)) {
            sample = new PlanJson().read(json);
        }
        EarnedValue values = new EarnedValue(sample);
        core = values.total();
        quarters = values.quarters().size();
    }

    @Test
    void financeSwitchesPeriodsReadsTheCoresCpiAndDownloads() throws IOException {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.FINANCE);
        EvmPage page = EvmPage.open(browser.driver(), portal, plan);

        assertEquals("按季度", page.currentPeriodChoice());
        List<String> byQuarter = page.periods();
        assertEquals(quarters, byQuarter.size(), byQuarter.toString());
        assertTrue(byQuarter.stream().allMatch(p -> p.matches("\\d{4}-Q[1-4]")), byQuarter.toString());
        assertTrue(page.chartDrawn(), "p:chart renders a canvas");
        assertNotNull(core.cpi(), "the sample has actual costs");
        assertEquals(twoDecimals(core.cpi()), page.planMeasure("cpi"));
        assertEquals(twoDecimals(core.spi()), page.planMeasure("spi"));
        assertTrue(page.planMeasure("eac-cpi").endsWith("万元"), page.planMeasure("eac-cpi"));
        assertTrue(page.measureRows() > 1, "the plan's row and its WBS elements'");

        page = page.byMonth();
        assertEquals("按月", page.currentPeriodChoice());
        List<String> byMonth = page.periods();
        assertEquals(3 * quarters, byMonth.size(), byMonth.toString());
        assertTrue(byMonth.stream().allMatch(p -> p.matches("\\d{4}-\\d{2}")), byMonth.toString());
        assertTrue(page.chartDrawn(), "the monthly chart is drawn");
        assertEquals(twoDecimals(core.cpi()), page.planMeasure("cpi"), "the measures do not depend on the period");
        page.screenshot("evm-by-month-zh");
        page = page.byQuarter();
        assertEquals(byQuarter, page.periods());

        assertFalse(page.helpOpen(), "the definitions start collapsed");
        String help = page.openHelp();
        assertTrue(page.helpOpen());
        assertTrue(help.contains("ANSI/EIA-748") && help.contains("EV / AC"), help);

        String svgLink = page.chartLink("s-curve", "svg");
        assertTrue(svgLink.endsWith("/api/plans/" + plan + "/charts/s-curve.svg?lang=zh"), svgLink);
        Map<String, Object> svg = page.download(svgLink);
        assertEquals(200L, svg.get("status"), svg.toString());
        assertEquals("image/svg+xml", svg.get("type"));
        assertTrue(String.valueOf(svg.get("disposition")).matches(
                "attachment; filename=\"" + plan + "-s-curve-\\d{4}-\\d{2}-\\d{2}\\.svg\""), svg.toString());
        assertTrue(String.valueOf(svg.get("start")).startsWith("<?xml"), svg.toString());

        Map<String, Object> png = page.download(page.chartLink("s-curve", "png"));
        assertEquals(200L, png.get("status"), png.toString());
        assertEquals("image/png", png.get("type"));
        assertTrue(String.valueOf(png.get("start")).startsWith("\u0089PNG"), png.toString());

        String workbookLink = page.workbookLink("evm");
        assertTrue(workbookLink.endsWith("/api/plans/" + plan + "/reports/evm.xlsx?lang=zh"), workbookLink);
        Map<String, Object> xlsx = page.download(workbookLink);
        assertEquals(200L, xlsx.get("status"), xlsx.toString());
        assertTrue(String.valueOf(xlsx.get("start")).startsWith("PK"), "an xlsx (zip) file");
    }

    /** A ratio as the page shows it in Chinese: at most two decimals. */
    private static String twoDecimals(double ratio) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE));
        format.setMaximumFractionDigits(2);
        return format.format(ratio);
    }
}
