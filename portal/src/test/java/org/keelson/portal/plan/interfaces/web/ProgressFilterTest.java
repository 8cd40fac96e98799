package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.schedule.Activity;

class ProgressFilterTest {
    private static final LocalDate STATUS = LocalDate.of(2025, 6, 30);

    private static Activity leaf(String code, double percent, LocalDate actualStart, LocalDate actualFinish,
            LocalDate finish) {
        return new Activity(code, null, null, null, false, 10, null, finish.minusDays(13), finish, percent,
                actualStart, actualFinish, 0, 0, null, List.of());
    }

    /** 1 done, 2 half done, 3 started today at 0 %, 4 not started and due after the status date. */
    private static final List<Activity> LEAVES = List.of(
            leaf("1", 100, STATUS.minusDays(30), STATUS.minusDays(10), STATUS.minusDays(10)),
            leaf("2", 50, STATUS.minusDays(5), null, STATUS.plusDays(10)),
            leaf("3", 0, STATUS, null, STATUS.plusDays(20)),
            leaf("4", 0, null, null, STATUS.plusDays(40)));

    private static List<String> kept(ProgressFilter filter, LocalDate baselineFinish) {
        return LEAVES.stream().filter(a -> filter.keeps(a, baselineFinish, STATUS)).map(Activity::code).toList();
    }

    @Test
    void allKeepsEveryLeaf() {
        assertEquals(List.of("1", "2", "3", "4"), kept(ProgressFilter.ALL, null));
    }

    @Test
    void inProgressIsStartedAndNotFinished() {
        assertEquals(List.of("2", "3"), kept(ProgressFilter.IN_PROGRESS, null));
    }

    @Test
    void notStartedHasNeitherActualStartNorProgress() {
        assertEquals(List.of("4"), kept(ProgressFilter.NOT_STARTED, null));
    }

    @Test
    void lateIsUnfinishedAndDueBeforeTheStatusDateOrSlippedPastItsBaseline() {
        Activity overdue = leaf("5", 20, STATUS.minusDays(20), null, STATUS.minusDays(1));

        assertEquals(List.of(), kept(ProgressFilter.LATE, null));
        assertEquals(List.of("2", "3", "4"), kept(ProgressFilter.LATE, STATUS.plusDays(5)),
                "every unfinished leaf now finishing after 5 July has slipped");
        assertEquals(List.of("5"), Stream.of(overdue).filter(a -> ProgressFilter.LATE.keeps(a, null, STATUS))
                .map(Activity::code).toList());
    }
}
