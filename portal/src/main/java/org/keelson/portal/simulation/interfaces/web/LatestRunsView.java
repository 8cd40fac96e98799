package org.keelson.portal.simulation.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;

/** Backs simulation/runs.xhtml, the menu's "Simulations": the latest runs of every plan, each leading to its plan. */
@Named
@RequestScoped
public class LatestRunsView {
    /** As many as one screen shows; older runs are on their plan's simulations tab. */
    static final int SHOWN = 50;

    @Inject
    SimulationService simulations;

    private List<SimulationRun> runs;

    public List<SimulationRun> getRuns() {
        if (runs == null) {
            runs = simulations.latest(SHOWN);
        }
        return runs;
    }
}
