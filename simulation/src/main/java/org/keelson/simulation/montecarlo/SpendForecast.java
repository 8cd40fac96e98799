package org.keelson.simulation.montecarlo;

import org.keelson.simulation.calendar.Quarter;

/** Probabilistic spend of one budget category (null: activities without a category) in one quarter. */
public record SpendForecast(String category, Quarter quarter, double mean, double p50, double p80) {
}
