package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.MyRisksPage;
import org.keelson.liberty.pages.PortalPage;
import org.keelson.liberty.pages.RiskPage;
import org.keelson.liberty.pages.RisksPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.TestEnvironment;

/**
 * A risk owner logs a risk in the browser on a copy of sample plan 001 (so other tests' figures stay): scores it on
 * the matrix, links two activities, adds a mitigation, re-scores it, and sees the heat maps, the trigger and the
 * history follow; an executive finds no edit control on the same pages.
 */
class RiskRegisterBrowserIT {
    private static final Path SAMPLE = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");

    @RegisterExtension
    static final Browser browser = new Browser();

    private static String plan;
    private final URI portal = TestEnvironment.portalBaseUri();

    @BeforeAll
    static void importACopy() throws Exception {
        plan = PlanCopies.importCopy(SAMPLE, "RISKB");
    }

    @Test
    void aRiskOwnerLogsScoresLinksMitigatesAndReScoresARisk() {
        MyRisksPage mine = LoginPage.open(browser.driver(), portal).signInAsRiskOwner();
        assertTrue(mine.currentUrl().contains("risk/my-risks.xhtml"), "a risk owner starts on their risks");
        new PortalPage(browser.driver()).switchLanguage(PortalPage.Language.ENGLISH);
        int highBefore = RisksPage.open(browser.driver(), portal, plan).count("pre", 4, 5);

        RiskPage risk = RiskPage.open(browser.driver(), portal, plan, null);
        risk.type("titleZh", "第三方支付接口变更").type("titleEn", "Payment provider changes its interface")
                .type("descriptionEn", "Because the provider versions its API, the checkout may break, delaying go-live")
                .type("category", "vendor");
        risk.clickCell("pre", 4, 5);
        assertEquals("20", risk.score());
        assertTrue(risk.bandClass().contains("kp-level-HIGH"), risk.bandClass());
        risk.clickCell("post", 2, 3);
        assertEquals("6", risk.residualScore());
        risk.pickActivities("1.1.1", "1.2.1");
        risk.type("preProbability", "0.4").type("preScheduleMin", "1.05").type("preScheduleMostLikely", "1.1")
                .type("preScheduleMax", "1.3").type("preCostMin", "100000").type("preCostMostLikely", "200000")
                .type("preCostMax", "500000");
        risk.chooseValue("strategy", "MITIGATE").type("mitigationCost", "50000").type("warningScore", "12")
                .type("stopLossScore", "16").type("recoveryScore", "20");
        risk.addAction("Contract the API version for 12 months", "risk", LocalDate.now().plusDays(30).toString());
        RiskPage logged = risk.logNew();

        assertTrue(logged.currentUrlQuery().contains("risk=R13"), logged.currentUrlQuery());
        assertEquals("20", logged.score());
        assertEquals(1, logged.history().size(), logged.history().toString());
        RisksPage register = RisksPage.open(browser.driver(), portal, plan);
        assertEquals(highBefore + 1, register.count("pre", 4, 5));
        assertTrue(register.rowOf("R13").contains("Recovery"), "score 20 reaches the recovery trigger: "
                + register.rowOf("R13"));
        assertTrue(register.drillDown("post", 2, 3).stream().anyMatch(r -> r.startsWith("R13 ")));

        RiskPage rescored = RiskPage.open(browser.driver(), portal, plan, "R13").clickCell("pre", 3, 4);
        assertEquals("12", rescored.score());
        rescored = rescored.save();
        List<String> history = rescored.history();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).contains("4 × 5") && history.get(1).contains("3 × 4"), history.toString());
        assertTrue(history.get(1).contains("risk"), history.toString());

        register = RisksPage.open(browser.driver(), portal, plan);
        assertEquals(highBefore, register.count("pre", 4, 5), "moved out of the 4 x 5 cell");
        assertTrue(register.drillDown("pre", 3, 4).stream().anyMatch(r -> r.startsWith("R13 ")));
        assertTrue(register.rowOf("R13").contains("Warning"), register.rowOf("R13"));
        List<Integer> moves = register.showPast(LocalDate.now().toString()).bandMoves();
        assertEquals(List.of(0, 0), moves.subList(0, 2), "the register at the end of today is today's: none moved");
        assertEquals(List.of(0, 0), moves.subList(3, 5), "none logged or retired since");
        register.screenshot("risk-register-en");

        MyRisksPage mineAfter = MyRisksPage.open(browser.driver(), portal);
        assertTrue(mineAfter.rowOf(plan, "R13").contains("12"), mineAfter.rows().toString());
    }

    @Test
    void anExecutiveReadsRisksButFindsNoEditControl() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);

        RisksPage register = RisksPage.open(browser.driver(), portal, plan);
        assertFalse(register.offersToLogRisks());
        RiskPage existing = RiskPage.open(browser.driver(), portal, plan, "R01");
        assertFalse(existing.maySave());
        assertFalse(existing.scoresByClicking());
        RiskPage blank = RiskPage.open(browser.driver(), portal, plan, null);
        assertFalse(blank.maySave(), "no way to log a risk");
        assertFalse(blank.scoresByClicking());
    }
}
