package org.keelson.portal.kpi.interfaces.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.simulation.kpi.KpiStatus;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;

/** Backs kpi/kpis.xhtml?code=...: each KPI's baseline, target, latest actual and progress to target. */
@Named
@ViewScoped
public class KpisView extends PlanRecordView {
    private static final long serialVersionUID = 1L;

    public List<KpiStatus> getKpis() {
        LocalDate statusDate = getPlan().effectiveStatusDate();
        return getPlan().kpis().stream().map(kpi -> KpiStatus.of(kpi, statusDate)).toList();
    }
}
