package org.keelson.simulation.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/**
 * The FAF 5x5 probability-impact matrix of a plan's live risks: every status but closed (a risk without a status
 * counts as live). {@link #of} places each risk by its assessment before response, {@link #afterResponse} by its
 * residual assessment (risks without one are left out). Rows run from probability 5 (top) down to 1, columns from
 * impact 1 to 5, as risk registers print them; each cell is coloured by the plan's own thresholds on
 * probability x impact.
 */
public record RiskHeatMap(List<Row> rows) {
    public static final int LEVELS = 5;

    /** One cell: its coordinates, score, level and the codes of the risks that sit in it, in register order. */
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

    /** Live risks by their probability and impact before response. */
    public static RiskHeatMap of(List<Risk> risks, RiskMatrix matrix) {
        return place(risks, matrix, Risk::probability, Risk::impact);
    }

    /** Live risks by their residual probability and impact, after response. */
    public static RiskHeatMap afterResponse(List<Risk> risks, RiskMatrix matrix) {
        return place(risks, matrix, Risk::residualProbability, Risk::residualImpact);
    }

    private static RiskHeatMap place(List<Risk> risks, RiskMatrix matrix, Function<Risk, Integer> probabilityOf,
            Function<Risk, Integer> impactOf) {
        List<Risk> live = risks.stream().filter(Risk::isLive).toList();
        List<Row> rows = new ArrayList<>();
        for (int probability = LEVELS; probability >= 1; probability--) {
            List<Cell> cells = new ArrayList<>();
            for (int impact = 1; impact <= LEVELS; impact++) {
                Integer p = probability;
                Integer i = impact;
                List<String> codes = live.stream()
                        .filter(r -> p.equals(probabilityOf.apply(r)) && i.equals(impactOf.apply(r)))
                        .map(Risk::code)
                        .toList();
                cells.add(new Cell(p, i, matrix.levelOf(p * i), codes));
            }
            rows.add(new Row(probability, List.copyOf(cells)));
        }
        return new RiskHeatMap(List.copyOf(rows));
    }

    /** The cell at {@code probability} and {@code impact}, both 1..5. */
    public Cell cell(int probability, int impact) {
        return rows.get(LEVELS - probability).cells().get(impact - 1);
    }

    /** Live risks counted in the map, all cells together. */
    public int total() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).sum();
    }

    /** Live risks in cells of {@code level}: with {@link RiskLevel#HIGH}, the plan's high-risk count. */
    public int count(RiskLevel level) {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.level() == level).mapToInt(Cell::count)
                .sum();
    }
}
