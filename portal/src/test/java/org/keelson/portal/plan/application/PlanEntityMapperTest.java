package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.Plan;

class PlanEntityMapperTest {

    @Test
    void fullPlanSurvivesTheRoundTrip() {
        Plan plan = PlanFixtures.fullPlan("KP-001");

        assertEquals(plan, PlanEntityMapper.toRecord(PlanEntityMapper.toEntity(plan)));
    }

    @Test
    void minimalPlanKeepsAbsentBudgetAndBenefitsAbsent() {
        Plan plan = PlanFixtures.minimalPlan("KP-002");

        Plan back = PlanEntityMapper.toRecord(PlanEntityMapper.toEntity(plan));

        assertEquals(plan, back);
        assertNull(back.budget());
        assertNull(back.benefits());
    }

    @Test
    void entityKeepsListOrderAndPositions() {
        PlanEntity entity = PlanEntityMapper.toEntity(PlanFixtures.fullPlan("KP-003"));

        assertEquals(List.of("1", "1.1", "1.2", "1.3"),
                entity.getActivities().stream().map(a -> a.getCode()).toList());
        assertEquals(List.of(0, 1, 2, 3), entity.getActivities().stream().map(a -> a.getListIndex()).toList());
        assertEquals(List.of("M1", "M0"), entity.getMilestones().stream().map(m -> m.getCode()).toList());
    }

    @Test
    void calendarWithoutWeekendStaysWithoutWeekend() {
        Plan source = PlanFixtures.minimalPlan("KP-004");
        Plan sevenDayWeek = new Plan(source.code(), source.name(), null, "CNY", "en", source.status(), null, null,
                null, null, new WorkCalendar(List.<DayOfWeek>of(), null, null), null, null, null, null, null, null,
                null, null, null, null, null);

        assertEquals(List.of(), PlanEntityMapper.toRecord(PlanEntityMapper.toEntity(sevenDayWeek))
                .calendar().weekendDays());
    }
}
