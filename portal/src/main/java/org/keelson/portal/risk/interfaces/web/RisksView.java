package org.keelson.portal.risk.interfaces.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/** Backs risk/risks.xhtml?code=...: the risk register and the heat map of live risks before response. */
@Named
@ViewScoped
public class RisksView extends PlanRecordView {
    private static final long serialVersionUID = 1L;

    public List<Risk> getRisks() {
        return getPlan().risks();
    }

    /** LOW, MEDIUM or HIGH by the plan's own thresholds, before response. */
    public RiskLevel level(Risk risk) {
        return getPlan().riskMatrix().levelOf(risk.score());
    }

    /** Residual probability x impact after response; null when the register gives none. */
    public Integer residualScore(Risk risk) {
        return risk.residualProbability() != null && risk.residualImpact() != null
                ? risk.residualProbability() * risk.residualImpact() : null;
    }

    public RiskHeatMap getHeatMap() {
        return RiskHeatMap.of(getPlan().risks(), getPlan().riskMatrix());
    }
}
