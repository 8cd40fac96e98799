package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.application.PlanRevision;
import org.keelson.simulation.plan.PlanDiff;

class HistoryViewTest {
    /** A status update: the status date, then the rescheduled dates of twenty elements, then 1.2's progress. */
    private static final PlanRevision UPDATE = new PlanRevision(7, 3, "pmo", Instant.EPOCH, "RECORD_STATUS",
            Stream.concat(Stream.concat(
                    Stream.of(change(PlanDiff.Area.PLAN, "", "statusDate")),
                    IntStream.rangeClosed(1, 20).mapToObj(i -> change(PlanDiff.Area.ACTIVITY, "3." + i, "plannedStart"))),
                    Stream.of(change(PlanDiff.Area.ACTIVITY, "1.2", "percentComplete"))).toList());

    private static PlanDiff.Change change(PlanDiff.Area area, String key, String field) {
        return new PlanDiff.Change(area, key, PlanDiff.Kind.CHANGED, field, "a", "b");
    }

    @Test
    void listsTheFirstChangesAndCountsTheRest() {
        HistoryView view = new HistoryView();

        assertEquals(HistoryView.CHANGES_SHOWN, view.shownChanges(UPDATE).size());
        assertEquals("statusDate", view.shownChanges(UPDATE).get(0).field());
        assertEquals(22 - HistoryView.CHANGES_SHOWN, view.moreChanges(UPDATE));
    }

    @Test
    void filteredByAnElementItsChangesComeFirst() {
        HistoryView view = new HistoryView();
        view.setActivity(" 1.2 ");

        List<PlanDiff.Change> shown = view.shownChanges(UPDATE);

        assertEquals("1.2", shown.get(0).key());
        assertEquals("percentComplete", shown.get(0).field());
        assertEquals("statusDate", shown.get(1).field(), "the rest keep their order");
    }
}
