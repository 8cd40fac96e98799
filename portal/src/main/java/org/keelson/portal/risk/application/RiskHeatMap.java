package org.keelson.portal.risk.application;

import java.util.ArrayList;
import java.util.List;

import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;

/**
 * The FAF 5x5 probability-impact matrix of a plan's live risks (every status but closed), assessed before
 * response. Rows run from probability 5 (top) down to 1, columns from impact 1 to 5, as risk registers print
 * them; each cell is coloured by the plan's own thresholds.
 */
public record RiskHeatMap(List<Row> rows) {
    public static final int LEVELS = 5;

    /** One cell: its coordinates, score, level and the codes of the risks that sit in it. */
    public record Cell(int probability, int impact, RiskLevel level, List<String> riskCodes) {
        public int score() {
            return probability * impact;
        }

        public int count() {
            return riskCodes.size();
        }
    }

    public record Row(int probability, List<Cell> cells) {
    }

    public static RiskHeatMap of(List<Risk> risks, RiskMatrix matrix) {
        List<Row> rows = new ArrayList<>();
        for (int probability = LEVELS; probability >= 1; probability--) {
            List<Cell> cells = new ArrayList<>();
            for (int impact = 1; impact <= LEVELS; impact++) {
                int p = probability;
                int i = impact;
                List<String> codes = risks.stream()
                        .filter(r -> r.status() != RiskStatus.CLOSED)
                        .filter(r -> r.probability() == p && r.impact() == i)
                        .map(Risk::code)
                        .toList();
                cells.add(new Cell(p, i, matrix.levelOf(p * i), codes));
            }
            rows.add(new Row(probability, List.copyOf(cells)));
        }
        return new RiskHeatMap(List.copyOf(rows));
    }

    /** Live risks counted in the map, all cells together. */
    public int total() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).sum();
    }
}
