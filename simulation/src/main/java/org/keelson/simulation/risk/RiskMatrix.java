package org.keelson.simulation.risk;

/**
 * Scoring thresholds of the FAF 5x5 matrix: score = probability x impact (1..25); a score of at least
 * {@code highFrom} is high (red), at least {@code mediumFrom} medium (amber), else low (green).
 */
public record RiskMatrix(int mediumFrom, int highFrom) {

    public static RiskMatrix standard() {
        return new RiskMatrix(8, 15);
    }

    public RiskLevel levelOf(int score) {
        return score >= highFrom ? RiskLevel.HIGH : score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public enum RiskLevel { LOW, MEDIUM, HIGH }
}
