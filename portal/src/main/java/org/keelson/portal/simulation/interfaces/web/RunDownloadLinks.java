package org.keelson.portal.simulation.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.keelson.portal.simulation.application.SimulationRun;

/** What WEB-INF/includes/run-downloads.xhtml asks of a run besides its id and status. */
@Named
@ApplicationScoped
public class RunDownloadLinks {
    /** Whether the run's stored result has NPV figures (its plan has a benefit model): then it has an NPV chart. */
    public boolean withNpv(SimulationRun run) {
        if (run.resultJson() == null) {
            return false;
        }
        return StoredResults.json(run).has("npv");
    }
}
