package org.keelson.portal.simulation.application;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.simulation.budget.Budget;

/**
 * What the latest finished simulation of a plan says the budget needs: its P80 cost against today's authorised
 * budget (total plus reserve drawn), beside the reserve left. The run's cost distribution does not change when money
 * moves from the reserve to a line, so the need is measured against the budget as it stands now.
 */
@ApplicationScoped
public class ContingencyNeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimulationService simulations;

    @Inject
    public ContingencyNeed(SimulationService simulations) {
        this.simulations = simulations;
    }

    /** For CDI's proxy. */
    protected ContingencyNeed() {
        this(null);
    }

    /**
     * The need at P80 from run {@code runId} finished at {@code finishedAt}: {@code p80Cost} minus the authorised
     * budget; more than {@code reserveLeft} means the reserve does not cover the P80 outcome.
     */
    public record AtP80(long runId, Instant finishedAt, double p80Cost, double need, double reserveLeft) {
        public boolean isBeyondReserve() {
            return need > reserveLeft;
        }
    }

    /** The need by the plan's latest finished run, empty when none has finished or its result has no cost. */
    public Optional<AtP80> latest(String code, Budget budget) {
        return simulations.list(code).stream().filter(run -> run.status() == RunStatus.DONE).findFirst()
                .flatMap(run -> simulations.find(code, run.id())).flatMap(run -> p80Cost(run.resultJson())
                        .map(p80 -> new AtP80(run.id(), run.finishedAt(), p80, p80 - budget.authorised(),
                                budget.reserveLeft())));
    }

    private static Optional<Double> p80Cost(String resultJson) {
        if (resultJson == null) {
            return Optional.empty();
        }
        try {
            JsonNode p80 = JSON.readTree(resultJson).path("cost").path("p80");
            return p80.isNumber() ? Optional.of(p80.asDouble()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
