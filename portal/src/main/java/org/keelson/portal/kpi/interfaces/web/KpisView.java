package org.keelson.portal.kpi.interfaces.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.kpi.application.KpiStatus;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;

/** Backs kpi/kpis.xhtml?code=...: each KPI's baseline, target, latest actual and progress to target. */
@Named
@ViewScoped
public class KpisView extends PlanRecordView {
    private static final long serialVersionUID = 1L;

    public List<KpiStatus> getKpis() {
        return getPlan().kpis().stream().map(KpiStatus::of).toList();
    }
}
