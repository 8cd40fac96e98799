package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.BudgetPage;
import org.keelson.liberty.pages.KpisPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.MilestonesPage;
import org.keelson.liberty.pages.PlanOverviewPage;
import org.keelson.liberty.pages.PlanPages;
import org.keelson.liberty.pages.PortalPage.Language;
import org.keelson.liberty.pages.PortfolioPage;
import org.keelson.liberty.pages.RisksPage;
import org.keelson.liberty.pages.WbsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.openqa.selenium.WebElement;

/** An executive reads the portfolio, the PMO one plan page by page (the sample plans loaded at first start). */
class PlanPagesBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    @Test
    void portfolioListsTheSamplePlansInWan() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);
        PortfolioPage portfolio = PortfolioPage.open(browser.driver(), portal);

        assertTrue(portfolio.planCodes().containsAll(List.of("KP-000", "KP-001", "KP-002", "KP-003", "KP-004")),
                portfolio.planCodes().toString());
        String row = portfolio.rowOf("KP-000");
        assertTrue(row.contains("万元") && row.contains("%"), row);
        assertFalse(row.contains("???"), row);
        portfolio.screenshot("portfolio-zh");

        portfolio.switchLanguage(Language.ENGLISH);
        String english = new PortfolioPage(browser.driver()).rowOf("KP-000");
        assertTrue(english.contains("CNY") && !english.contains("万元"), english);
    }

    /** Each milestone's warning by the core rule, in the plan's order: what the milestones page must show. */
    private static List<String> expectedWarnings(Plan plan) {
        return plan.milestones().stream()
                .map(m -> MilestoneWarning.of(m, plan.effectiveStatusDate()).name())
                .toList();
    }

    private static Plan samplePlan(String file) {
        try (InputStream json = Files.newInputStream(Path.of("..", "sample-plans", file))) {
            return new PlanJson().read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void planIsAnOverviewWithATabPerPart() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        PlanOverviewPage overview = PortfolioPage.open(browser.driver(), portal).openPlan("KP-000");

        assertTrue(overview.heading().startsWith("KP-000"), overview.heading());
        assertEquals(List.of("概览", "WBS", "里程碑", "甘特图", "进度", "基线", "历史", "预算", "实际成本", "挣值", "风险",
                "KPI", "模拟", "设置与日历"), overview.tabLabels());
        assertEquals("概览", overview.currentTabLabel());
        assertTrue(overview.facts().contains("万元"), overview.facts());
        assertTrue(overview.pageHeight() < 2_000, "the overview is no scroll: " + overview.pageHeight() + " px");
        overview.screenshot("plan-KP-000-zh");

        WbsPage wbs = overview.wbsTab();
        assertTrue(wbs.currentUrl().contains("plan/wbs.xhtml?code=KP-000"), wbs.currentUrl());
        assertTrue(wbs.rowCount() > 3, "WBS rows: " + wbs.rowCount());
        wbs.screenshot("plan-KP-000-wbs-zh");

        MilestonesPage milestones = wbs.milestonesTab();
        assertEquals(expectedWarnings(samplePlan("000-omnichannel-marketing-integration.json")),
                milestones.warnings());

        BudgetPage budget = milestones.budgetTab();
        assertTrue(budget.tableText().contains("万元"), budget.tableText());
        assertTrue(budget.chartDrawn(), "p:chart renders a canvas");
        assertTrue(budget.totalsRowInView(), "the totals row stays in view of the table's box");
        assertTrue(budget.downloadLink("budget").endsWith("/api/plans/KP-000/reports/budget.xlsx?lang=zh"),
                budget.downloadLink("budget"));
        budget.screenshot("plan-KP-000-budget-zh");

        RisksPage risks = budget.risksTab();
        assertTrue(risks.rowCount() > 0);
        assertEquals(25, risks.heatMapCells().size());
        assertTrue(risks.heatMapCell(5, 5).getAttribute("class").contains("kp-level-HIGH"));
        assertTrue(risks.heatMapCell(1, 1).getAttribute("class").contains("kp-level-LOW"));
        int counted = risks.heatMapCells().stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .mapToInt(t -> Integer.parseInt(t.trim())).sum();
        assertEquals(12, counted, "every one of KP-000's 12 risks counted once in the heat map");
        assertEquals("3", risks.heatMapCell(3, 5).getText().trim(), "KP-000 has three risks scored 3 x 5");
        assertFalse(risks.registerText().contains("???"), risks.registerText());
        risks.scrollTo("heatMap-pre").screenshot("plan-KP-000-heatmap-zh");

        KpisPage kpis = risks.kpisTab();
        assertTrue(kpis.tableText().contains("K01"), kpis.tableText());
        kpis.screenshot("plan-KP-000-kpis-zh");

        kpis.switchLanguage(Language.ENGLISH);
        BudgetPage english = BudgetPage.open(browser.driver(), portal, "KP-000");
        assertTrue(english.tableText().contains("CNY"), english.tableText());
        english.screenshot("plan-KP-000-budget-en");
    }

    @Test
    void unknownPlanCodeShowsNotFound() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);

        String panel = PlanPages.openMissing(browser.driver(), portal, PlanPages.Tab.WBS, "NO-SUCH-PLAN");

        assertTrue(panel.contains("NO-SUCH-PLAN"), panel);
    }
}
