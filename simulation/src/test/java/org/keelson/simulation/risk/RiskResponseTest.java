package org.keelson.simulation.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RiskResponseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theHighestLevelWhoseThresholdTheScoreReachesIsTheOneReached() {
        RiskTriggers triggers = new RiskTriggers(8, 12, 20);

        assertNull(triggers.reachedAt(7));
        assertEquals(ResponseLevel.WARNING, triggers.reachedAt(8));
        assertEquals(ResponseLevel.WARNING, triggers.reachedAt(11));
        assertEquals(ResponseLevel.STOP_LOSS, triggers.reachedAt(12));
        assertEquals(ResponseLevel.RECOVERY, triggers.reachedAt(25));
        assertEquals(ResponseLevel.RECOVERY, new RiskTriggers(null, null, 10).reachedAt(10));
        assertNull(new RiskTriggers(null, null, null).reachedAt(25));
    }

    @Test
    void aRiskReachesItsTriggerByItsScoreBeforeResponseWhileItIsLive() {
        RiskTriggers triggers = new RiskTriggers(9, 15, null);

        assertEquals(ResponseLevel.WARNING, risk(3, 3, RiskStatus.OPEN, triggers, null, List.of()).reachedLevel());
        assertEquals(ResponseLevel.STOP_LOSS, risk(3, 5, RiskStatus.MITIGATING, triggers, null, List.of())
                .reachedLevel());
        assertNull(risk(2, 4, RiskStatus.OPEN, triggers, null, List.of()).reachedLevel());
        assertNull(risk(5, 5, RiskStatus.CLOSED, triggers, null, List.of()).reachedLevel(), "closed");
        assertNull(risk(5, 5, RiskStatus.OPEN, null, null, List.of()).reachedLevel(), "no triggers");
    }

    @Test
    void aLiveRiskIsOverduePastItsReviewDateOrAnOpenActionsDueDate() {
        RiskAction doneLate = new RiskAction("a", "risk", TODAY.minusDays(3), true);
        RiskAction openLate = new RiskAction("b", "risk", TODAY.minusDays(1), false);
        RiskAction dueToday = new RiskAction("c", "risk", TODAY, false);

        assertTrue(risk(1, 1, RiskStatus.OPEN, null, TODAY.minusDays(1), List.of()).overdueOn(TODAY));
        assertFalse(risk(1, 1, RiskStatus.OPEN, null, TODAY, List.of(dueToday, doneLate)).overdueOn(TODAY));
        assertTrue(risk(1, 1, null, null, null, List.of(dueToday, openLate)).overdueOn(TODAY));
        assertFalse(risk(1, 1, RiskStatus.CLOSED, null, TODAY.minusDays(9), List.of(openLate)).overdueOn(TODAY));
    }

    @Test
    void bandMovesCountRisesFallsNewAndRetiredRisksByCode() {
        // standard thresholds: medium from 8, high from 15
        List<Risk> before = List.of(plain("R1", 2, 2), plain("R2", 3, 5), plain("R3", 2, 4), plain("R4", 1, 1),
                plain("R5", 5, 5));
        List<Risk> after = List.of(plain("R1", 4, 4), plain("R2", 2, 4), plain("R3", 3, 3), plain("R6", 1, 2),
                risk(5, 5, RiskStatus.CLOSED, null, null, List.of()).scored(5, 5, null, null));

        RiskBandMoves moves = RiskBandMoves.between(before, after, RiskMatrix.standard());

        assertEquals(new RiskBandMoves(1, 1, 1, 1, 2), moves, "R1 low to high, R2 high to medium, R3 stays medium,"
                + " R6 new, R4 and R5 gone; the closed R is not counted");
        assertEquals(2, moves.moved());
    }

    private static Risk plain(String code, int probability, int impact) {
        return new Risk(code, null, null, null, probability, impact, null, null, RiskStatus.OPEN, null, null, null,
                null, null, null, null, null);
    }

    private static Risk risk(int probability, int impact, RiskStatus status, RiskTriggers triggers,
            LocalDate reviewDate, List<RiskAction> actions) {
        return new Risk("R", null, null, "risk", probability, impact, null, null, status, ResponseStrategy.MITIGATE,
                null, null, null, null, null, null, List.of(), reviewDate, null, triggers, actions, null);
    }
}
