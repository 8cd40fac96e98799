package org.keelson.portal.simulation.application;

import java.time.Instant;

import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationRunEntity;
import org.keelson.portal.simulation.domain.SimulationSettings;

/**
 * A run as callers see it. {@code status} and {@code progress} are the live ones while the run is queued or
 * running. {@code planSnapshot} and {@code resultJson} are null in listings (and the result until the run is done).
 */
public record SimulationRun(long id, String planCode, String planSha256, SimulationSettings settings,
        String engineVersion, String kernel, String createdBy, Instant createdAt, Instant startedAt,
        Instant finishedAt, RunStatus status, int progress, String errorMessage, String planSnapshot,
        String resultJson) {

    /** A run without its documents, as a JPQL constructor expression selects it for listings. */
    public SimulationRun(long id, String planCode, String planSha256, int iterations, long seed, Sampling sampling,
            boolean postMitigation, Double tolerance, String engineVersion, String kernel, String createdBy,
            Instant createdAt, Instant startedAt, Instant finishedAt, RunStatus status, int progress,
            String errorMessage) {
        this(id, planCode, planSha256, new SimulationSettings(iterations, seed, sampling, postMitigation, tolerance),
                engineVersion, kernel, createdBy, createdAt, startedAt, finishedAt, status, progress, errorMessage, null,
                null);
    }

    static SimulationRun of(SimulationRunEntity e) {
        return new SimulationRun(e.getId(), e.getPlanCode(), e.getPlanSha256(), e.getSettings(), e.getEngineVersion(),
                e.getKernel(), e.getCreatedBy(), e.getCreatedAt(), e.getStartedAt(), e.getFinishedAt(), e.getStatus(),
                e.getProgress(), e.getErrorMessage(), e.getPlanSnapshot(), e.getResultJson());
    }

    /** This run with its live status and progress (those of the in-memory registry while it is active). */
    SimulationRun live(RunStatus liveStatus, int liveProgress) {
        return new SimulationRun(id, planCode, planSha256, settings, engineVersion, kernel, createdBy, createdAt,
                startedAt, finishedAt, liveStatus, liveProgress, errorMessage, planSnapshot, resultJson);
    }
}
