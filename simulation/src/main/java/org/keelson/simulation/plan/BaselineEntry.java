package org.keelson.simulation.plan;

import java.time.LocalDate;

/** One activity's or milestone's dates and cost as frozen in a baseline. */
public record BaselineEntry(String code, LocalDate start, LocalDate finish, double cost) {
}
