package org.keelson.simulation.montecarlo;

/** The plan cannot be simulated as given: unknown references, contradictory correlations, bad options. */
public class SimulationSetupException extends IllegalArgumentException {

    public SimulationSetupException(String message) {
        super(message);
    }
}
