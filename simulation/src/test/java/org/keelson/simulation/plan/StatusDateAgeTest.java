package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusDateAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @CsvSource({"45, false", "46, true", "0, false", "400, true"})
    void anActivePlanIsStaleAfterFortyFiveDays(int daysAgo, boolean stale) {
        assertEquals(stale, StatusDateAge.isStale(PlanStatus.ACTIVE, TODAY.minusDays(daysAgo), TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyActivePlansGoStale(PlanStatus status) {
        assertFalse(StatusDateAge.isStale(status, TODAY.minusYears(1), TODAY));
    }

    @Test
    void aPlanWithoutStatusDateHasReportedNothingYet() {
        assertFalse(StatusDateAge.isStale(PlanStatus.ACTIVE, null, TODAY));
        assertEquals(0, StatusDateAge.daysBehind(null, TODAY));
    }

    @Test
    void aStatusDateInTheFutureIsNotBehind() {
        assertEquals(0, StatusDateAge.daysBehind(TODAY.plusDays(3), TODAY));
        assertTrue(StatusDateAge.isStale(PlanStatus.ACTIVE, TODAY.minusDays(46), TODAY));
    }
}
