package org.keelson.simulation.plan;

import java.time.LocalDate;

import org.keelson.simulation.text.LocalizedText;

/** A stage of the rollout (foundation, pilot, full rollout...). Dates are calendar dates, inclusive. */
public record Phase(String code, LocalizedText name, LocalDate start, LocalDate finish, LocalizedText description) {
}
