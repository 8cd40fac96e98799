package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.testing.PlanFixtures;

class PlanTest {

    @Test
    void figuresAreMeasuredAtTheStatusDate() {
        LocalDate status = PlanFixtures.START.plusDays(40);
        assertEquals(status, PlanFixtures.builder(List.of()).statusDate(status).build().effectiveStatusDate());
    }

    @Test
    void aPlanNotYetReportedOnIsMeasuredAtItsStart() {
        assertEquals(PlanFixtures.START, PlanFixtures.plan(List.of()).effectiveStatusDate());
    }
}
