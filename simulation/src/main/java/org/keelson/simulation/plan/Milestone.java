package org.keelson.simulation.plan;

import java.time.LocalDate;

import org.keelson.simulation.text.LocalizedText;

/**
 * A governance milestone. {@code activity} names the zero-duration WBS activity that carries it in the
 * schedule, so simulations can give its P-dates; {@code due} is the committed date, {@code baseline} the
 * date in the approved baseline, {@code forecast} the current forecast and {@code actual} when it was met.
 */
public record Milestone(
        String code,
        LocalizedText name,
        String phase,
        String activity,
        LocalDate due,
        LocalDate baseline,
        LocalDate forecast,
        LocalDate actual,
        LocalizedText deliverable,
        LocalizedText acceptanceCriterion) {
}
