package org.keelson.simulation.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

class RiskHeatMapTest {

    @Test
    void placesLiveRisksByProbabilityAndImpact() {
        List<Risk> risks = List.of(risk("R1", 4, 2, RiskStatus.OPEN), risk("R2", 4, 2, RiskStatus.MITIGATING),
                risk("R3", 5, 5, RiskStatus.CLOSED), risk("R4", 1, 5, RiskStatus.OCCURRED));

        RiskHeatMap map = RiskHeatMap.of(risks, RiskMatrix.standard());

        assertEquals(List.of(5, 4, 3, 2, 1), map.rows().stream().map(RiskHeatMap.Row::probability).toList());
        RiskHeatMap.Cell p4i2 = map.rows().get(1).cells().get(1);
        assertEquals(4, p4i2.probability());
        assertEquals(2, p4i2.impact());
        assertEquals(List.of("R1", "R2"), p4i2.riskCodes());
        assertEquals(0, map.rows().get(0).cells().get(4).count(), "closed risks are left out");
        assertEquals(List.of("R4"), map.rows().get(4).cells().get(4).riskCodes());
        assertEquals(3, map.total());
    }

    @Test
    void coloursCellsByThePlansThresholds() {
        RiskHeatMap map = RiskHeatMap.of(List.of(), new RiskMatrix(6, 12));

        RiskHeatMap.Row p3 = map.rows().get(2);
        assertEquals(List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.HIGH),
                p3.cells().stream().map(RiskHeatMap.Cell::level).toList());
    }

    @Test
    void highRiskCountIsTheLiveRisksInHighCells() {
        // standard thresholds: medium from 8, high from 15
        List<Risk> risks = List.of(risk("R1", 5, 3, RiskStatus.OPEN), risk("R2", 3, 5, null),
                risk("R3", 5, 5, RiskStatus.CLOSED), risk("R4", 2, 4, RiskStatus.OCCURRED), risk("R5", 2, 3, null));

        RiskHeatMap map = RiskHeatMap.of(risks, RiskMatrix.standard());

        assertEquals(2, map.count(RiskLevel.HIGH));
        assertEquals(1, map.count(RiskLevel.MEDIUM));
        assertEquals(1, map.count(RiskLevel.LOW));
        assertEquals(List.of("R2"), map.cell(3, 5).riskCodes());
    }

    @Test
    void afterResponseUsesTheResidualAssessmentAndSkipsRisksWithoutOne() {
        Risk reduced = new Risk("R1", null, null, null, 5, 5, 2, 3, RiskStatus.MITIGATING, ResponseStrategy.MITIGATE,
                null, null, null, null, null, null, null);
        Risk unassessed = risk("R2", 4, 4, RiskStatus.OPEN);

        RiskHeatMap map = RiskHeatMap.afterResponse(List.of(reduced, unassessed), RiskMatrix.standard());

        assertEquals(List.of("R1"), map.cell(2, 3).riskCodes());
        assertEquals(1, map.total());
    }

    private static Risk risk(String code, int probability, int impact, RiskStatus status) {
        return new Risk(code, null, null, null, probability, impact, null, null, status, ResponseStrategy.MITIGATE,
                null, null, null, null, null, null, null);
    }
}
