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

    /** KP-003's M06 as issue #11 found it: due in two months, forecast 16 days after its due date. */
    @ParameterizedTest
    @CsvSource({"60", "31", "20", "3"})
    void lateForecastIsFlaggedWhateverTheDaysLeft(int days) {
        LocalDate due = STATUS.plusDays(days);
        assertEquals(MilestoneWarning.FORECAST_LATE,
                MilestoneWarning.of(milestone(due, due.plusDays(16), null), STATUS));
    }

    @ParameterizedTest
    @CsvSource({"0, DUE_IN_7_DAYS", "-5, DUE_IN_15_DAYS", "-30, ON_TRACK"})
    void forecastOnOrBeforeDueKeepsTheCountdown(int forecastAgainstDue, MilestoneWarning expected) {
        LocalDate due = STATUS.plusDays(expected == MilestoneWarning.ON_TRACK ? 45 : expected
                == MilestoneWarning.DUE_IN_7_DAYS ? 5 : 12);
        assertEquals(expected, MilestoneWarning.of(milestone(due, due.plusDays(forecastAgainstDue), null), STATUS));
    }

    @ParameterizedTest
    @CsvSource({"-1", "-20"})
    void overdueStaysOverdueWhenTheForecastIsLaterStill(int days) {
        LocalDate due = STATUS.plusDays(days);
        assertEquals(MilestoneWarning.OVERDUE, MilestoneWarning.of(milestone(due, due.plusDays(30), null), STATUS));
    }

    @ParameterizedTest
    @CsvSource({"-40", "10"})
    void metMilestoneIsAchievedEvenWithALateForecast(int days) {
        LocalDate due = STATUS.plusDays(days);
        assertEquals(MilestoneWarning.ACHIEVED,
                MilestoneWarning.of(milestone(due, due.plusDays(9), STATUS.minusDays(1)), STATUS));
    }

    private static Milestone milestone(LocalDate due, LocalDate actual) {
        return milestone(due, null, actual);
    }

    private static Milestone milestone(LocalDate due, LocalDate forecast, LocalDate actual) {
        return new Milestone("M", null, null, null, due, null, forecast, actual, null, null);
    }
}
