package org.keelson.portal.plan.application;

import java.time.LocalDate;

/** What the plan overview page shows: the portfolio figures and the plan's own facts, from the read model. */
public record PlanOverview(PlanSummary summary, String manager, LocalDate startDate, LocalDate deadline,
        Double contingencyReserve) {
}
