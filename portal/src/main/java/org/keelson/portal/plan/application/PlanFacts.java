package org.keelson.portal.plan.application;

import java.time.LocalDate;

import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.text.LocalizedText;

/** The few facts of a plan that every page about one of its parts needs: its title, money and dates. */
public record PlanFacts(String code, LocalizedText name, String currency, LocalDate statusDate, LocalDate startDate,
        long version) {

    /** The date derived figures are measured at, by the rule of {@link Plan#effectiveStatusDate()}. */
    public LocalDate effectiveStatusDate() {
        return Plan.effectiveStatusDate(statusDate, startDate);
    }
}
