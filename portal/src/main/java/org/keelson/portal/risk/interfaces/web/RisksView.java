package org.keelson.portal.risk.interfaces.web;

import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.RiskRegister;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/** Backs risk/risks.xhtml?code=...: the risk register and the heat map of live risks before response. */
@Named
@ViewScoped
public class RisksView extends PlanRecordView<RiskRegister> {
    private static final long serialVersionUID = 1L;

    @Override
    protected Optional<PlanExtract<RiskRegister>> find(PlanService service, String code) {
        return service.findRisks(code);
    }

    public List<Risk> getRisks() {
        return part().risks();
    }

    /** LOW, MEDIUM or HIGH by the plan's own thresholds, before response. */
    public RiskLevel level(Risk risk) {
        return part().matrix().levelOf(risk.score());
    }

    /** Residual probability x impact after response; null when the register gives none. */
    public Integer residualScore(Risk risk) {
        return risk.residualProbability() != null && risk.residualImpact() != null
                ? risk.residualProbability() * risk.residualImpact() : null;
    }

    public RiskHeatMap getHeatMap() {
        return RiskHeatMap.of(part().risks(), part().matrix());
    }
}
