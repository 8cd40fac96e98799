package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PlanPage;
import org.keelson.liberty.pages.PortalPage.Language;
import org.keelson.liberty.pages.PortfolioPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/** An executive reads the portfolio, the PMO one plan (the sample plans loaded at first start), in both languages. */
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
        portfolio.screenshot("portfolio-zh");

        portfolio.switchLanguage(Language.ENGLISH);
        String english = new PortfolioPage(browser.driver()).rowOf("KP-000");
        assertTrue(english.contains("CNY") && !english.contains("万元"), english);
    }

    @Test
    void planPageShowsWbsMilestonesBudgetRisksAndKpis() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        PlanPage plan = PortfolioPage.open(browser.driver(), portal).openPlan("KP-000");

        assertTrue(plan.heading().startsWith("KP-000"), plan.heading());
        assertTrue(plan.wbsRowCount() > 10, "WBS rows: " + plan.wbsRowCount());
        assertEquals(25, plan.heatMapCells().size());
        assertTrue(plan.heatMapCell(5, 5).getAttribute("class").contains("kp-level-HIGH"));
        assertTrue(plan.heatMapCell(1, 1).getAttribute("class").contains("kp-level-LOW"));
        int counted = plan.heatMapCells().stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .mapToInt(t -> Integer.parseInt(t.trim())).sum();
        assertEquals(12, counted, "every one of KP-000's 12 risks counted once in the heat map");
        assertEquals("3", plan.heatMapCell(3, 5).getText().trim(), "KP-000 has three risks scored 3 x 5");
        Set<String> warnings = plan.milestoneWarnings().stream().collect(Collectors.toSet());
        assertTrue(Set.of("ACHIEVED", "OVERDUE", "DUE_IN_7_DAYS", "DUE_IN_15_DAYS", "DUE_IN_30_DAYS", "ON_TRACK")
                .containsAll(warnings) && !warnings.isEmpty(), warnings.toString());
        assertTrue(plan.budgetTableText().contains("万元"), plan.budgetTableText());
        assertTrue(plan.budgetChartDrawn(), "p:chart renders a canvas");
        assertTrue(plan.riskRowCount() > 0);
        assertTrue(plan.kpiTableText().contains("K01"), plan.kpiTableText());
        plan.screenshot("plan-KP-000-zh");
        plan.scrollTo("budgetTable").screenshot("plan-KP-000-budget-zh");
        plan.scrollTo("riskTable").screenshot("plan-KP-000-risks-zh");
        plan.scrollTo("heatMap").screenshot("plan-KP-000-heatmap-kpis-zh");

        plan.switchLanguage(Language.ENGLISH);
        PlanPage english = new PlanPage(browser.driver());
        assertTrue(english.text().contains("Work breakdown structure"), english.text());
        assertTrue(english.budgetTableText().contains("CNY"), english.budgetTableText());
        english.screenshot("plan-KP-000-en");
    }

    @Test
    void unknownPlanCodeShowsNotFound() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);

        String panel = PlanPage.openMissing(browser.driver(), portal, "NO-SUCH-PLAN");

        assertTrue(panel.contains("NO-SUCH-PLAN"), panel);
    }
}
