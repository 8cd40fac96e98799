package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.edit.WbsEdits;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.ScheduledActivity;

/** Behaviour of {@link PlanEditing} on KP-000 in a real, Flyway-migrated database; subclasses pick the database. */
abstract class PlanEditingContract {
    private static final Path KP_000 = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");
    private static final PlanJson JSON = new PlanJson();

    private Plan imported;

    abstract TestDatabase database();

    @BeforeEach
    void importKp000() throws IOException {
        imported = JSON.read(Files.readString(KP_000));
        database().runInTransaction(em -> new PlanService(em).importPlan(imported));
    }

    @AfterEach
    void deleteAllPlans() {
        database().deleteAllPlans();
    }

    private PlanEditing.Versioned<Plan> stored() {
        return database().inTransaction(em -> new PlanEditing(em).find("KP-000"));
    }

    private PlanEditing.Saved patch(long version, String user, String code, String patch) {
        return database().inTransaction(em -> new PlanEditing(em).edit("KP-000", version, user,
                PlanAction.UPDATE_ACTIVITY.on(code),
                plan -> PlanChange.of(JSON.mergePatch(plan, PlanSection.WBS, code, patch))));
    }

    private List<PlanRevision> history() {
        return database().inTransaction(em -> new PlanEditing(em).history("KP-000", 0, 100));
    }

    /** A leaf not started yet whose finish drives a successor, so a longer duration must move the successor. */
    private static String[] unstartedLeafWithSuccessor(Plan plan) {
        for (Activity successor : plan.wbs()) {
            for (var relation : successor.relations()) {
                Activity predecessor = activity(plan, relation.predecessor());
                if (predecessor.actualStart() == null && successor.actualStart() == null
                        && relation.type().name().equals("FS")) {
                    return new String[] {predecessor.code(), successor.code()};
                }
            }
        }
        throw new AssertionError("KP-000 has no unstarted FS pair");
    }

    private static Activity activity(Plan plan, String code) {
        return plan.wbs().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aLongerDurationIsSavedRescheduledAndAudited() {
        PlanEditing.Versioned<Plan> before = stored();
        String[] pair = unstartedLeafWithSuccessor(before.value());
        double duration = activity(before.value(), pair[0]).duration();

        PlanEditing.Saved saved = patch(before.version(), "pmo", pair[0],
                "{\"duration\": " + (duration + 5) + ", \"estimate\": null}");

        PlanEditing.Versioned<Plan> after = stored();
        assertTrue(after.version() > before.version(), "the version moves on");
        assertEquals(saved.version(), after.version());
        assertEquals(duration + 5, activity(after.value(), pair[0]).duration());
        Map<String, ScheduledActivity> cpm = new java.util.HashMap<>();
        CriticalPathScheduler.schedule(after.value()).activities().forEach(s -> cpm.put(s.code(), s));
        for (Activity a : after.value().wbs()) {
            assertEquals(cpm.get(a.code()).earlyStartDate(), a.plannedStart(), "current start of " + a.code());
            assertEquals(cpm.get(a.code()).earlyFinishDate(), a.plannedFinish(), "current finish of " + a.code());
        }
        assertNotEquals(activity(before.value(), pair[1]).plannedStart(), activity(after.value(), pair[1]).plannedStart(),
                "the successor " + pair[1] + " moved");

        List<PlanRevision> history = history();
        assertEquals(List.of("UPDATE_ACTIVITY " + pair[0], "IMPORT_PLAN"),
                history.stream().map(PlanRevision::action).toList(), "newest first, after the import's");
        PlanRevision revision = history.get(0);
        assertEquals("pmo", revision.user());
        assertEquals("UPDATE_ACTIVITY " + pair[0], revision.action());
        assertEquals(after.version(), revision.planVersion());
        assertTrue(revision.changes().contains(new PlanDiff.Change(PlanDiff.Area.ACTIVITY, pair[0],
                PlanDiff.Kind.CHANGED, "duration", PlanDiff.PLAIN.number(duration),
                PlanDiff.PLAIN.number(duration + 5))), revision.changes().toString());
        assertTrue(database().count("activity_aud") > 0, "Envers wrote the changed rows");
    }

    @Test
    void anEditMadeOnAnOlderVersionIsRefusedWithWhatChangedSince() {
        PlanEditing.Versioned<Plan> loaded = stored();
        patch(loaded.version(), "pmo", "1.1.1.1", "{\"owner\": \"张三\"}");
        PlanEditing.Versioned<Plan> afterFirst = stored();

        PlanConflictException conflict = assertThrows(PlanConflictException.class,
                () -> patch(loaded.version(), "pmo2", "1.1.1.2", "{\"owner\": \"李四\"}"));

        assertEquals(afterFirst.version(), conflict.currentVersion());
        assertEquals(1, conflict.since().size());
        assertEquals("pmo", conflict.since().get(0).user());
        assertEquals(afterFirst, stored(), "nothing written");
        assertEquals(2, history().size());
    }

    @Test
    void anInvalidEditIsRefusedWithItsPathAndWritesNothing() {
        PlanEditing.Versioned<Plan> before = stored();
        int index = before.value().wbs().indexOf(activity(before.value(), "1.1.1.2"));

        PlanEditRefusedException refused = assertThrows(PlanEditRefusedException.class,
                () -> patch(before.version(), "pmo", "1.1.1.2", "{\"duration\": -3}"));

        assertTrue(refused.problems().stream().anyMatch(p -> p.path().equals("wbs[" + index + "].duration")),
                refused.problems().toString());
        assertEquals(before, stored());
        assertEquals(1, history().size(), "the import's revision alone");
    }

    @Test
    void aRenameKeepsTheHandSetDatesAndAnEditThatChangesNothingIsNoRevision() {
        PlanEditing.Versioned<Plan> before = stored();

        patch(before.version(), "pmo", "1.1.1.2", "{\"name\": {\"zh\": \"需求调研\", \"en\": \"Requirements\"}}");
        PlanEditing.Versioned<Plan> renamed = stored();
        PlanEditing.Saved again = patch(renamed.version(), "pmo", "1.1.1.2",
                "{\"name\": {\"zh\": \"需求调研\", \"en\": \"Requirements\"}}");

        for (Activity a : before.value().wbs()) {
            assertEquals(a.plannedStart(), activity(renamed.value(), a.code()).plannedStart(), a.code());
        }
        assertEquals(renamed.version(), again.version());
        assertTrue(again.changes().isEmpty());
        assertEquals(2, history().size());
    }

    @Test
    void renumberingKeepsEachActivityRowAndItsHistory() {
        PlanEditing.Versioned<Plan> before = stored();
        long rowOfFirstPhase = activityRow("1");

        PlanEditing.Saved saved = database().inTransaction(em -> new PlanEditing(em).edit("KP-000", before.version(),
                "pmo", PlanAction.MOVE_ACTIVITY.on("1"), plan -> PlanChange.of(WbsEdits.moveDown(plan, "1"))));

        assertEquals(rowOfFirstPhase, activityRow("2"), "the former phase 1 is the same row under its new code");
        assertEquals(JSON.write(saved.plan()), JSON.write(stored().value()));
        assertEquals(activity(before.value(), "1").name(), activity(stored().value(), "2").name());
    }

    @Test
    void aDeletedPlanIsHiddenKeepsItsCodeAndComesBackWhenRestored() {
        PlanEditing.Versioned<Plan> before = stored();

        database().runInTransaction(em -> new PlanEditing(em).delete("KP-000", before.version(), "pmo"));

        assertTrue(database().inTransaction(em -> new PlanService(em).findPlan("KP-000")).isEmpty());
        assertTrue(database().inTransaction(em -> new PlanService(em).listSummaries()).isEmpty());
        boolean taken = database().inTransaction(em -> new PlanService(em).isCodeTaken("kp-000"));
        assertTrue(taken, "the code stays taken");
        assertThrows(PlanNotFoundException.class, () -> patch(before.version() + 1, "pmo", "1.1", "{}"));
        List<PlanEditing.DeletedPlan> deleted = database().inTransaction(em -> new PlanEditing(em).deletedPlans());
        assertEquals(List.of("KP-000"), deleted.stream().map(PlanEditing.DeletedPlan::code).toList());
        assertEquals("pmo", deleted.get(0).deletedBy());

        database().runInTransaction(em -> new PlanEditing(em).restore("KP-000", "admin"));

        assertEquals(JSON.write(before.value()), JSON.write(stored().value()));
        assertEquals(1, database().inTransaction(em -> new PlanService(em).listSummaries()).size());
        assertEquals(List.of("RESTORE_PLAN", "DELETE_PLAN", "IMPORT_PLAN"),
                history().stream().map(PlanRevision::action).toList());
        assertThrows(PlanNotFoundException.class,
                () -> database().runInTransaction(em -> new PlanEditing(em).restore("KP-000", "admin")));
    }

    @Test
    void anElementAddedThenMovedUpGoesAboveItsNeighbourAndTheOutlineIsRenumbered() throws IOException {
        Plan sample = JSON.read(Files.readString(Path.of("..", "sample-plans", "001-omnichannel-fusion.json")));
        database().runInTransaction(em -> new PlanService(em).importPlan(sample));
        String code = sample.code();
        long version = database().inTransaction(em -> new PlanEditing(em).find(code).version());
        PlanEditing.Saved added = database().inTransaction(em -> new PlanEditing(em).edit(code, version, "pmo",
                PlanAction.ADD_ACTIVITY.on("1"), PlanEdits.insertActivity(null, "1",
                        "{\"name\": {\"zh\": \"复盘\", \"en\": \"Review\"}, \"duration\": 2}")));
        String review = added.changes().stream().filter(c -> c.area() == PlanDiff.Area.ACTIVITY
                && c.kind() == PlanDiff.Kind.ADDED).map(PlanDiff.Change::key).findFirst().orElseThrow();
        int before = indexOfName(added.plan(), "Review");
        String neighbour = added.plan().wbs().stream().filter(a -> a.level() == 2 && a.code().startsWith("1."))
                .filter(a -> !a.code().equals(review)).reduce((a, b) -> b).orElseThrow().name().en();

        PlanEditing.Saved moved = database().inTransaction(em -> new PlanEditing(em).edit(code, added.version(),
                "pmo", PlanAction.MOVE_ACTIVITY.on(review), PlanEdits.moveUp(review)));

        Plan after = database().inTransaction(em -> new PlanEditing(em).find(code)).value();
        assertEquals(JSON.write(moved.plan()), JSON.write(after));
        assertTrue(indexOfName(after, "Review") < indexOfName(after, neighbour), "Review now above " + neighbour);
        assertTrue(indexOfName(after, "Review") < before);
    }

    private static int indexOfName(Plan plan, String english) {
        for (int i = 0; i < plan.wbs().size(); i++) {
            if (english.equals(plan.wbs().get(i).name().en())) {
                return i;
            }
        }
        throw new AssertionError("no " + english);
    }

    @Test
    void historyIsFilteredByUserAndByChangedActivityAndCounted() {
        String[] pair = unstartedLeafWithSuccessor(stored().value());
        Activity renamed = stored().value().wbs().stream().filter(a -> !a.code().equals(pair[0])
                && !a.code().equals(pair[1])).filter(a -> !a.code().contains(".")).findFirst().orElseThrow();
        long first = patch(stored().version(), "wang.fang", pair[0], "{\"duration\": "
                + (activity(stored().value(), pair[0]).duration() + 5) + "}").version();
        patch(first, "li.lei", renamed.code(), "{\"name\": {\"zh\": \"改名\", \"en\": \"Renamed\"}}");

        assertEquals(3, countHistory(PlanEditing.HistoryFilter.ALL), "the two edits and the import");
        assertEquals(List.of("li.lei"), users(new PlanEditing.HistoryFilter("li.lei", null)));
        assertEquals(1, countHistory(new PlanEditing.HistoryFilter("li.lei", " ")));
        assertEquals(List.of("wang.fang"), users(new PlanEditing.HistoryFilter(null, pair[1])),
                "the successor's rescheduled dates are a change of the duration edit");
        assertEquals(List.of("li.lei"), users(new PlanEditing.HistoryFilter(null, renamed.code())));
        assertEquals(List.of(), users(new PlanEditing.HistoryFilter("wang.fang", renamed.code())));
        assertEquals(Arrays.asList("li.lei", "wang.fang", null), users(PlanEditing.HistoryFilter.ALL),
                "the import was the system's");
        assertEquals(Arrays.asList("wang.fang", null), database().inTransaction(em -> new PlanEditing(em)
                .history("KP-000", PlanEditing.HistoryFilter.ALL, 1, 10)).stream().map(PlanRevision::user).toList());
    }

    private long countHistory(PlanEditing.HistoryFilter filter) {
        return database().inTransaction(em -> new PlanEditing(em).countHistory("KP-000", filter));
    }

    private List<String> users(PlanEditing.HistoryFilter filter) {
        return database().inTransaction(em -> new PlanEditing(em).history("KP-000", filter, 0, 10)).stream()
                .map(PlanRevision::user).toList();
    }

    private long activityRow(String code) {
        return database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select a.id from activity a join plan p on a.plan_id = p.id where p.code = 'KP-000' and a.code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
    }
}
