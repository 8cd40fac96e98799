package org.keelson.portal.kpi.interfaces.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiStatus;

/** Backs kpi/kpis.xhtml?code=...: each KPI's baseline, target, latest actual and progress to target. */
@Named
@ViewScoped
public class KpisView extends PlanRecordView<List<Kpi>> {
    private static final long serialVersionUID = 1L;

    @Override
    protected Optional<PlanExtract<List<Kpi>>> find(PlanService service, String code) {
        return service.findKpis(code);
    }

    public List<KpiStatus> getKpis() {
        LocalDate statusDate = getStatusDate();
        return part().stream().map(kpi -> KpiStatus.of(kpi, statusDate)).toList();
    }
}
