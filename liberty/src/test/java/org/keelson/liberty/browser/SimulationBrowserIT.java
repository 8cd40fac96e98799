package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.SimulationRunPage;
import org.keelson.liberty.pages.SimulationsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/** The PMO starts a run on a plan's Simulations tab and follows it to its results; an executive only reads. */
class SimulationBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    @Test
    void pmoStartsARunSeesItReachOneHundredPercentAndOpensItsResults() {
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
        run.screenshot("simulation-run-KP-001-zh");
    }

    @Test
    void anExecutiveSeesRunsButNoStartOrCancel() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);
        SimulationsPage simulations = SimulationsPage.open(browser.driver(), portal, "KP-001");

        assertFalse(simulations.canStart());
        assertFalse(simulations.hasCancelButtons());
    }
}
