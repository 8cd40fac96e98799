package org.keelson.portal.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.keelson.portal.simulation.application.SimulationService;

/** Alive once the application has started; tells operators how many simulation runs are queued or running. */
@Liveness
@ApplicationScoped
public class SimulationsLiveness implements HealthCheck {

    static final String NAME = "simulations";

    @Inject
    SimulationService simulations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).up().withData("active", simulations.activeCount()).build();
    }
}
