package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.BaselinesPage;
import org.keelson.liberty.pages.ImportPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.NewPlanPage;
import org.keelson.liberty.pages.SettingsPage;
import org.keelson.liberty.pages.StatusPage;
import org.keelson.liberty.pages.WbsEditor;
import org.keelson.liberty.pages.WbsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PlanCopies;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.schedule.ScheduledActivity;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PMO builds and edits plans in the browser only (issue 11): a plan from nothing through the WBS editor and the
 * calendar page, validation next to the field, two people editing one plan at once, and the refusals of the roles
 * that only read.
 */
class PlanEditingBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A second person at another browser, for the concurrent edit. */
    @RegisterExtension
    static final Browser other = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    private static Plan stored(String code) throws IOException, InterruptedException {
        return PlanCopies.stored(code);
    }

    /** Imports a copy of sample plan 001 under a new code, so the sample plans other tests read stay as they are. */
    private static String copyOfSample() throws IOException, InterruptedException {
        String code = "ZBR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String json = Files.readString(Path.of("..", "sample-plans", "001-omnichannel-fusion.json"))
                .replaceFirst("\"code\"\\s*:\\s*\"[^\"]*\"", "\"code\": \"" + code + "\"");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                TestEnvironment.portalBaseUri().resolve("api/plans")).timeout(Duration.ofSeconds(30))
                .header("Authorization", PortalHttp.basic(DemoUser.PMO)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), PortalHttp.utf8());
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static void assertScheduledByCpm(Plan plan) {
        Map<String, ScheduledActivity> cpm = new HashMap<>();
        CriticalPathScheduler.schedule(plan).activities().forEach(s -> cpm.put(s.code(), s));
        for (Activity a : plan.wbs()) {
            assertEquals(cpm.get(a.code()).earlyStartDate(), a.plannedStart(), "start of " + a.code());
            assertEquals(cpm.get(a.code()).earlyFinishDate(), a.plannedFinish(), "finish of " + a.code());
        }
    }

    private static Activity activity(Plan plan, String code) {
        return plan.wbs().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + plan.wbs()));
    }

    /** Adds an element with the toolbar button and gives it its name, duration and predecessors. */
    private static void add(WbsEditor editor, String toolbarButton, String expectedCode, String nameZh,
            String nameEn, String duration, String... predecessorTypeLag) {
        editor.toolbar(toolbarButton);
        assertEquals(expectedCode, editor.editingCode(), editor.formMessages());
        editor.text("nameZh", nameZh).text("nameEn", nameEn).number("duration", duration);
        for (int i = 0; i < predecessorTypeLag.length; i += 3) {
            editor.addPredecessor(predecessorTypeLag[i], predecessorTypeLag[i + 1], predecessorTypeLag[i + 2]);
        }
        editor.save();
        assertEquals("", editor.formMessages(), "saving " + expectedCode);
    }

    @Test
    void pmoBuildsATenActivityPlanFromNothing() throws Exception {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        String code = "NEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        NewPlanPage form = NewPlanPage.open(browser.driver(), portal).text("code", code)
                .text("nameZh", "门店数字化试点").text("nameEn", "Store digitisation pilot")
                .date("startDate", "2026-09-21");
        WbsEditor editor = form.create();
        assertTrue(editor.currentUrl().contains("code=" + code), editor.currentUrl());

        add(editor, "addBelow", "1", "准备", "Preparation", "1");
        add(editor, "addChild", "1.1", "需求调研", "Requirements", "5");
        editor.select("1");
        add(editor, "addChild", "1.2", "方案设计", "Design", "4", "1.1", "FS", "2");
        editor.select("1");
        add(editor, "addChild", "1.3", "采购", "Procurement", "6", "1.1", "SS", "1");
        editor.select("1");
        add(editor, "addChild", "1.4", "培训", "Training", "3", "1.2", "FS", "0");
        editor.select("1");
        add(editor, "addBelow", "2", "实施", "Roll-out", "1");
        add(editor, "addChild", "2.1", "系统部署", "Deployment", "8", "1.3", "FS", "0", "1.4", "FF", "3");
        editor.select("2");
        add(editor, "addChild", "2.2", "门店试运行", "Store trial", "10", "2.1", "FS", "0");
        editor.select("2");
        add(editor, "addChild", "2.3", "验收", "Acceptance", "2", "2.2", "FS", "1");
        editor.select("2");
        add(editor, "addChild", "2.4", "上线", "Go-live", "0", "2.3", "FS", "0");
        editor.check("milestone", true).save();
        assertEquals("", editor.formMessages());

        Plan built = stored(code);
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "2.4"),
                built.wbs().stream().map(Activity::code).toList());
        assertEquals(List.of(new org.keelson.simulation.schedule.Relation("1.3", RelationType.FS, 0),
                new org.keelson.simulation.schedule.Relation("1.4", RelationType.FF, 3)),
                activity(built, "2.1").relations());
        assertTrue(activity(built, "2.4").milestone());
        assertScheduledByCpm(built);
        LocalDate goLiveBefore = activity(built, "2.4").plannedFinish();

        // the week of 国庆节 off: every date after it moves a week later
        SettingsPage settings = SettingsPage.open(browser.driver(), portal, code)
                .addHoliday("国庆节", "2026-10-01", "2026-10-07").save();
        assertFalse(settings.messages().contains("wbs["), settings.messages());
        Plan withHoliday = stored(code);
        assertScheduledByCpm(withHoliday);
        assertEquals(1, withHoliday.calendar().holidays().size());
        assertTrue(activity(withHoliday, "2.4").plannedFinish().isAfter(goLiveBefore),
                goLiveBefore + " → " + activity(withHoliday, "2.4").plannedFinish());
        WbsPage wbs = WbsPage.open(browser.driver(), portal, code).openLevels(2);
        assertTrue(wbs.text().contains(activity(withHoliday, "2.4").plannedFinish().toString()), wbs.text());
        wbs.screenshot("plan-new-wbs-editor-zh");

        // progress at a status date a week in, then a baseline of the plan as it stands
        StatusPage status = StatusPage.open(browser.driver(), portal, code).newStatusDate("2026-09-25")
                .percent(0, "40").save();
        assertFalse(status.messages().contains("wbs["), status.messages());
        Plan progressed = stored(code);
        assertEquals(LocalDate.of(2026, 9, 25), progressed.statusDate());
        assertEquals(40, activity(progressed, "1.1").percentComplete(), 1e-9);
        assertScheduledByCpm(progressed);
        BaselinesPage baselines = BaselinesPage.open(browser.driver(), portal, code).save("BL1");
        assertTrue(baselines.baselinesText().contains("BL1"), baselines.baselinesText());
        assertEquals(10, stored(code).baselines().get(0).entries().size());

        // out to MS Project and back in under another code, through the export link and the import page
        Path file = Files.createTempFile(code, ".xml");
        HttpResponse<byte[]> exported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.resolve("api/plans/" + code + "/export?format=mspdi")).timeout(Duration.ofSeconds(60))
                .header("Authorization", PortalHttp.basic(DemoUser.PMO)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, exported.statusCode());
        Files.write(file, exported.body());
        String copy = code + "-MSP";
        ImportPage importPage = ImportPage.open(browser.driver(), portal).read(file, copy);
        assertTrue(importPage.report().contains("10"), importPage.report());
        importPage.confirm();
        Plan reimported = stored(copy);
        Plan exportedPlan = stored(code);
        assertEquals(exportedPlan.baselines().get(0).entries(), reimported.baselines().get(0).entries(),
                "the baseline travels in MSPDI");
        for (Activity a : exportedPlan.wbs()) {
            assertEquals(a.plannedStart(), activity(reimported, a.code()).plannedStart(), "start of " + a.code());
            assertEquals(a.plannedFinish(), activity(reimported, a.code()).plannedFinish(), "finish of " + a.code());
        }
    }

    @Test
    void anInvalidValueIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        String code = copyOfSample();
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        Plan before = stored(code);
        String leaf = before.wbs().stream().filter(a -> a.estimate() != null).findFirst().orElseThrow().code();

        WbsEditor editor = openWbs(code).openAll().select(leaf);
        editor.check("threePoint", true).number("estimateMin", "9").number("estimateMostLikely", "5")
                .number("estimateMax", "3").save();

        assertTrue(editor.formMessages().length() > 0, "a message next to the estimate");
        assertEquals(new PlanJson().write(before), new PlanJson().write(stored(code)), "nothing saved");
    }

    @Test
    void theSecondOfTwoConcurrentSavesSeesWhatChangedAndSavesAfterReloading() throws Exception {
        String code = copyOfSample();
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        LoginPage.open(other.driver(), portal).signInAs(DemoUser.ADMIN);
        WbsEditor first = openWbs(code).openAll().select("1.1");
        WbsEditor second = openWbs(other, code).openAll().select("1.1");

        first.text("owner", "王芳").save();
        assertEquals("", first.formMessages());
        second.text("owner", "李雷").save();

        assertTrue(second.conflictShown(), "the second save is refused: " + second.formMessages());
        assertTrue(second.conflictText().contains("pmo") && second.conflictText().contains("王芳"),
                second.conflictText());
        assertEquals("王芳", activity(stored(code), "1.1").owner(), "nothing overwritten");
        second.screenshot("plan-wbs-conflict-zh");

        second.reloadAfterConflict().select("1.1").text("owner", "李雷").save();
        assertEquals("", second.formMessages());
        assertEquals("李雷", activity(stored(code), "1.1").owner());
    }

    @Test
    void anExecutiveReadsTheWbsAndSettingsWithoutEditControls() throws Exception {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.EXECUTIVE);
        WbsEditor wbs = openWbs("KP-001");
        assertFalse(wbs.hasEditControls());
        assertFalse(SettingsPage.open(browser.driver(), portal, "KP-001").hasSaveButton());
        browser.driver().get(portal.resolve("plan/new.xhtml").toString());
        assertTrue(browser.driver().getPageSource().contains("403") || browser.driver().getTitle().contains("403")
                || !browser.driver().getPageSource().contains("newPlanForm"), "the new-plan page is refused");
    }

    @Test
    void aDeletedPlanDisappearsUntilAnAdministratorRestoresIt() throws Exception {
        String code = copyOfSample();
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        browser.driver().get(portal.resolve("plan/plan.xhtml?code=" + code).toString());
        clickAndWait(By.id("deletePlanForm:deletePlan"));
        clickAndWait(By.id("deletePlanForm:confirmYes"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("portfolio.xhtml"));
        assertEquals(404, status("api/plans/" + code), "deleted plans are not found");

        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.ADMIN);
        browser.driver().get(portal.resolve("admin/deleted-plans.xhtml").toString());
        WebElement row = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("#deletedTable tbody tr")).stream().filter(tr -> tr.getText().contains(code))
                .findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':restore']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#deletedTable tbody tr")).stream()
                        .noneMatch(tr -> tr.getText().contains(code)));

        assertEquals(200, status("api/plans/" + code), "restored");
    }

    private void clickAndWait(By locator) {
        WebElement element = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(locator));
        element.click();
    }

    private static int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", PortalHttp.basic(DemoUser.PMO)).GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private WbsEditor openWbs(String code) {
        return openWbs(browser, code);
    }

    private WbsEditor openWbs(Browser who, String code) {
        WbsPage.open(who.driver(), portal, code);
        return new WbsEditor(who.driver());
    }
}
