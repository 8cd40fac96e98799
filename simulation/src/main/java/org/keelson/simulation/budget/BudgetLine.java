package org.keelson.simulation.budget;

import org.keelson.simulation.calendar.Quarter;

/** Planned and actual spend (in the plan's currency) of one category in one quarter. */
public record BudgetLine(String category, Quarter quarter, double planned, double actual) {
}
