package org.keelson.simulation.budget;

import java.time.LocalDate;

import org.keelson.simulation.calendar.Quarter;

/**
 * Money moved from the contingency reserve to a category's spend in a quarter: an explicit transaction with its
 * reason, who made it and when, as a controller books a management-reserve release. The amount has already been
 * added to that category's planned amount in that quarter; the drawdown records where the money came from.
 */
public record ReserveDrawdown(LocalDate date, String category, Quarter quarter, double amount, String reason,
        String by) {
}
