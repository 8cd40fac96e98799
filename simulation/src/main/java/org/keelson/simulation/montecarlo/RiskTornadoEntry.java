package org.keelson.simulation.montecarlo;

/**
 * What one risk driver does to the outlook: P80 finish (working days) and P80 cost with the risk on minus with it
 * off, same seed and iterations, so the difference is the risk's and not sampling noise.
 */
public record RiskTornadoEntry(String risk, double probability, double p80FinishImpact, double p80CostImpact) {
}
