package org.keelson.reports.cli;

import java.util.Set;
import org.keelson.reports.simulation.SimulationSummary;
import org.keelson.simulation.plan.Plan;

/**
 * What the command line needs from the schedule and Monte Carlo engines. This is the adapter seam: an
 * implementation maps the engines' own result types to {@link SimulationSummary} and a critical path.
 */
public interface Analysis {

    SimulationSummary simulate(Plan plan, int iterations, long seed);

    /** WBS codes of the activities on the deterministic critical path. */
    Set<String> criticalPath(Plan plan);
}
