package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.BaselinesPage;
import org.keelson.liberty.pages.GanttPage;
import org.keelson.liberty.pages.HistoryPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.StatusPage;
import org.keelson.liberty.support.Axe;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.TestEnvironment;

/**
 * Issue 11's plan pages in the browser, on a copy of sample plan 001 imported under a code of its own so the
 * figures other tests read stay as they are: a PMO records progress (a refused value stands next to its input),
 * saves a baseline and sees the variance, finds the update in the history filtered by activity and reads the Gantt
 * chart at other levels and zooms; an executive reads the same pages with no edit control on them.
 */
class PlanProgressBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static String code;

    private final URI portal = TestEnvironment.portalBaseUri();

    @BeforeAll
    static void importACopy() throws IOException, InterruptedException {
        code = "PROG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "sample-plans",
                "001-omnichannel-fusion.json")));
        plan.put("code", code);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        TestEnvironment.portalBaseUri().resolve("api/plans"))
                .header("Authorization", PortalHttp.basic(DemoUser.PMO)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(plan))).build(), PortalHttp.utf8());
        assertEquals(201, created.statusCode(), created.body());
    }

    private void signIn(DemoUser user) {
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser.driver(), portal).signInAs(user);
    }

    @Test
    void pmoRecordsProgressSavesABaselineAndFindsBothInTheHistory() throws Exception {
        signIn(DemoUser.PMO);
        StatusPage status = StatusPage.open(browser.driver(), portal, code).filter("进行中");
        List<String> inProgress = status.codes();
        assertFalse(inProgress.isEmpty(), "sample 001 has leaves in progress");
        String leaf = inProgress.get(0);
        String finishBefore = status.forecastFinish();
        assertEquals(List.of(), Axe.violations(browser.driver()), "progress page");

        status.percent(0, "150").save();
        assertFalse(status.percentMessage(0).isBlank(), "the plan checker's refusal stands next to the percent");

        LocalDate newStatus = LocalDate.parse(status.currentStatusDate()).plusDays(7);
        status = StatusPage.open(browser.driver(), portal, code).filter("进行中");
        status.percent(0, "99").newStatusDate(newStatus.toString()).save();
        assertTrue(status.messages().contains("预测完成日期"), status.messages());
        assertEquals(newStatus.toString(), status.currentStatusDate(), status.messages());
        assertNotEquals("", status.forecastFinish());
        assertTrue(status.messages().contains(finishBefore), "the finish before the update: " + status.messages());
        status.screenshot("plan-progress-zh");

        BaselinesPage baselines = BaselinesPage.open(browser.driver(), portal, code).save("浏览器基线");
        assertTrue(baselines.baselinesText().contains("浏览器基线"), baselines.baselinesText());
        assertTrue(baselines.comparedText().contains("浏览器基线"), baselines.comparedText());
        assertTrue(baselines.varianceRows() > 3, baselines.varianceText());
        assertEquals("0", baselines.finishVarianceOf(leaf), "a baseline of the plan as it stands has no variance");
        assertTrue(baselines.varianceText().contains("万元"), "CNY amounts in 万元 for a Chinese reader");
        baselines.screenshot("plan-baselines-zh");

        // back to the approved baseline for every comparison, as P6's project baseline
        String approved = "BL0 批准基线 / approved baseline";
        baselines.compareWith(approved);
        assertTrue(baselines.comparedText().contains(approved), baselines.comparedText());
        assertTrue(PlanCopies.stored(code).baselines().stream().anyMatch(b -> b.name().equals(approved) && b.compared()),
                "the choice is stored");
        // Checked as opened: after a save, PrimeFaces' p:messages puts other elements than <li> in its <ul> (axe "list")
        BaselinesPage.open(browser.driver(), portal, code);
        assertEquals(List.of(), Axe.violations(browser.driver()), "baselines page");

        HistoryPage history = HistoryPage.open(browser.driver(), portal, code);
        assertTrue(history.actions().get(0).startsWith("保存了基线"), history.actions().toString());
        history.filterByActivity(leaf);
        assertFalse(history.actions().isEmpty(), "the progress update changed " + leaf);
        assertTrue(history.actions().stream().allMatch(a -> a.startsWith("记录了进展")), history.actions().toString());
        assertTrue(history.rows().get(0).contains(leaf), history.rows().get(0));
        assertEquals(List.of(), Axe.violations(browser.driver()), "history page");

        GanttPage gantt = GanttPage.open(browser.driver(), portal, code).level(4);
        int allRows = gantt.rowCodes().size();
        assertTrue(gantt.count(".kp-gantt-bar.kp-gantt-critical") > 0, "the critical path is drawn");
        assertTrue(gantt.count("polygon.kp-gantt-milestone") > 0, "milestones are diamonds");
        assertTrue(gantt.count("path.kp-gantt-link") > 0, "links are drawn");
        assertTrue(gantt.count(".kp-gantt-baseline") > 0, "baseline bars are drawn");
        assertEquals(1, gantt.count(".kp-gantt-status line"));
        assertEquals(1, gantt.count(".kp-gantt-deadline line"));
        assertTrue(gantt.rowCodes().contains(leaf));
        gantt.screenshot("plan-gantt-zh");

        int monthWidth = gantt.chartWidth();
        gantt.zoom("周");
        assertEquals("week", gantt.zoom());
        assertTrue(gantt.chartWidth() > monthWidth * 3, gantt.chartWidth() + " px at week zoom");
        gantt.zoom("季度");
        assertEquals("quarter", gantt.zoom());
        assertTrue(gantt.chartWidth() < monthWidth);

        gantt.level(1);
        List<String> top = gantt.rowCodes();
        assertTrue(top.size() < allRows && top.stream().noneMatch(c -> c.contains(".")), top.toString());
        assertEquals("quarter", gantt.zoom(), "the zoom stays when the level changes");
        assertEquals(List.of(), Axe.violations(browser.driver()), "Gantt page");
    }

    @Test
    void anExecutiveReadsThePagesWithoutEditControls() {
        signIn(DemoUser.EXECUTIVE);
        StatusPage status = StatusPage.open(browser.driver(), portal, code);
        assertFalse(status.codes().isEmpty());
        assertFalse(status.hasSaveButton());
        assertEquals(0, status.inputCount(), "no input but the filter's select");

        BaselinesPage baselines = BaselinesPage.open(browser.driver(), portal, code);
        assertFalse(baselines.hasSaveForm());

        GanttPage gantt = GanttPage.open(browser.driver(), portal, code);
        assertFalse(gantt.rowCodes().isEmpty());

        HistoryPage.open(browser.driver(), portal, code);
    }
}
