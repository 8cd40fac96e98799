package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneWarningTest {
    private static final LocalDate STATUS = LocalDate.of(2025, 6, 30);

    @ParameterizedTest
    @CsvSource({"-1, OVERDUE", "0, DUE_IN_7_DAYS", "7, DUE_IN_7_DAYS", "8, DUE_IN_15_DAYS", "15, DUE_IN_15_DAYS",
            "16, DUE_IN_30_DAYS", "30, DUE_IN_30_DAYS", "31, ON_TRACK"})
    void classifiesByDaysUntilDue(int days, MilestoneWarning expected) {
        assertEquals(expected, MilestoneWarning.of(milestone(STATUS.plusDays(days), null), STATUS));
    }

    @ParameterizedTest
    @CsvSource({"-40", "3", "90"})
    void metMilestoneIsAchievedWhateverItsDueDate(int days) {
        assertEquals(MilestoneWarning.ACHIEVED,
                MilestoneWarning.of(milestone(STATUS.plusDays(days), STATUS.minusDays(50)), STATUS));
    }

    private static Milestone milestone(LocalDate due, LocalDate actual) {
        return new Milestone("M", null, null, null, due, null, null, actual, null, null);
    }
}
