package org.keelson.portal.risk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskAction;
import org.keelson.simulation.risk.RiskTriggers;

class RiskFormTest {
    private static final Path KP_000 = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");

    @Test
    void aFormGivesBackEveryFieldOfTheRiskItWasFilledFrom() throws IOException {
        Plan plan = new PlanJson().read(Files.readString(KP_000));
        for (Risk risk : plan.risks()) {
            assertEquals(risk, RiskForm.of(risk).toRisk(), risk.code());
        }
        Risk responded = new Risk("R99", plan.risks().get(0).title(), "vendor", "risk", 4, 5, 2, 3, null, null, null,
                null, null, null, plan.risks().get(0).preMitigation(), null, List.of("1.1"),
                LocalDate.of(2026, 12, 31), 50_000.0, new RiskTriggers(12, null, 20),
                List.of(new RiskAction("Second vendor", "risk", LocalDate.of(2026, 12, 20), false)),
                plan.risks().get(0).title());
        assertEquals(responded, RiskForm.of(responded).toRisk());
    }

    @Test
    void blankRowsAndTextsAreLeftOutAndScoresFollowTheMatrix() {
        RiskForm form = RiskForm.blank("R13", "risk");
        form.setTitleEn("  ");
        form.addAction();
        form.setProbability(4);
        form.setImpact(5);

        Risk risk = form.toRisk();

        assertEquals(20, form.getScore());
        assertNull(form.getResidualScore());
        assertNull(risk.title());
        assertEquals(List.of(), risk.actions());
        assertNull(risk.preMitigation(), "no probability of occurrence: not quantified");
        assertNull(risk.triggers());
    }
}
