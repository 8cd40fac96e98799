package org.keelson.portal.risk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;

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

    private static Risk risk(String code, int probability, int impact, RiskStatus status) {
        return new Risk(code, null, null, null, probability, impact, null, null, status, ResponseStrategy.MITIGATE,
                null, null, null, null, null, null, null);
    }
}
