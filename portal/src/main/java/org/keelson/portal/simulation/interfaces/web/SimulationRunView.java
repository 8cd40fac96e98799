package org.keelson.portal.simulation.interfaces.web;

import java.util.Optional;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Backs simulation/run.xhtml?code=...&amp;id=...: one run's settings and, while it is queued or running, its progress
 * (the page polls {@link #refresh}); once done, its results as {@link RunResults} reads them from the stored result
 * JSON and the plan snapshot the run simulated.
 */
@Named
@ViewScoped
public class SimulationRunView extends PlanRecordView<SimulationRun> {
    private static final long serialVersionUID = 1L;

    @Inject
    SimulationService simulations;

    private Long id;
    private transient RunResults results;

    @Override
    protected Optional<PlanExtract<SimulationRun>> find(PlanService service, String code) {
        results = null;
        return id == null ? Optional.empty() : service.findFacts(code)
                .flatMap(facts -> simulations.find(code, id).map(run -> new PlanExtract<>(facts, run)));
    }

    public SimulationRun getRun() {
        return part();
    }

    public boolean isDone() {
        return isFound() && getRun().status() == RunStatus.DONE;
    }

    /** Whether the run is queued or running: the page polls until it is not. */
    public boolean isActive() {
        return isFound() && !getRun().status().isFinal();
    }

    /** The poll's listener: reads the run again, with its live status and progress. */
    public void refresh() {
        read(getCode());
    }

    public RunResults getResults() {
        if (results == null) {
            results = new RunResults(StoredResults.json(getRun()), new PlanJson().read(getRun().planSnapshot()),
                    Messages.currentLocale());
        }
        return results;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
