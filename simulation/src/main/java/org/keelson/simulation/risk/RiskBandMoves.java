package org.keelson.simulation.risk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/**
 * How a plan's live risks moved between the bands of its matrix (low, medium, high by score before response) from
 * one date to another, the risk burndown: risks live at both dates that rose to a higher band or fell to a lower
 * one or stayed, risks logged since (or reopened), and risks retired since (closed or removed). Risks are matched
 * by code.
 */
public record RiskBandMoves(int rose, int fell, int stayed, int added, int retired) {

    public static RiskBandMoves between(List<Risk> before, List<Risk> after, RiskMatrix matrix) {
        Map<String, RiskLevel> was = levels(before, matrix);
        Map<String, RiskLevel> is = levels(after, matrix);
        int rose = 0;
        int fell = 0;
        int stayed = 0;
        int added = 0;
        for (Map.Entry<String, RiskLevel> now : is.entrySet()) {
            RiskLevel then = was.get(now.getKey());
            if (then == null) {
                added++;
            } else if (now.getValue().compareTo(then) > 0) {
                rose++;
            } else if (now.getValue().compareTo(then) < 0) {
                fell++;
            } else {
                stayed++;
            }
        }
        int retired = (int) was.keySet().stream().filter(code -> !is.containsKey(code)).count();
        return new RiskBandMoves(rose, fell, stayed, added, retired);
    }

    private static Map<String, RiskLevel> levels(List<Risk> risks, RiskMatrix matrix) {
        return risks.stream().filter(Risk::isLive)
                .collect(Collectors.toMap(Risk::code, r -> matrix.levelOf(r.score()), (a, b) -> a));
    }

    /** Risks that changed band, either way. */
    public int moved() {
        return rose + fell;
    }
}
