package org.keelson.simulation.montecarlo;

/**
 * Cost against the budget. {@code budget} is the authorised total and {@code reserve} the plan's contingency reserve
 * (both null without a budget). {@code contingencyNeededP80} = P80 cost - budget, to compare with the reserve;
 * {@code probabilityWithinBudget} = P(cost <= budget + reserve); {@code jointConfidence} = P(on time and within
 * budget + reserve), null without a deadline.
 */
public record CostOutlook(Double budget, Double reserve, Double contingencyNeededP80, Double probabilityWithinBudget,
        Double jointConfidence) {
}
