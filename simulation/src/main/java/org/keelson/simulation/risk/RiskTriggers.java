package org.keelson.simulation.risk;

/**
 * Trigger thresholds of a risk's three response levels on its score (probability x impact, 1..25): the warning
 * starts at a score of {@code warning}, stop-loss at {@code stopLoss}, recovery at {@code recovery}. Any may be
 * null (that level has no trigger); those given rise with the level.
 */
public record RiskTriggers(Integer warning, Integer stopLoss, Integer recovery) {

    /** The highest level whose threshold {@code score} reaches, or null when it reaches none. */
    public ResponseLevel reachedAt(int score) {
        if (recovery != null && score >= recovery) {
            return ResponseLevel.RECOVERY;
        }
        if (stopLoss != null && score >= stopLoss) {
            return ResponseLevel.STOP_LOSS;
        }
        if (warning != null && score >= warning) {
            return ResponseLevel.WARNING;
        }
        return null;
    }

    @Override
    public String toString() {
        return (warning == null ? "-" : warning) + " / " + (stopLoss == null ? "-" : stopLoss) + " / "
                + (recovery == null ? "-" : recovery);
    }
}
