package org.keelson.portal.simulation.application;

import java.time.Instant;

import org.keelson.portal.simulation.domain.RunStatus;
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

    static SimulationRun of(SimulationRunEntity e, boolean withDocuments) {
        return new SimulationRun(e.getId(), e.getPlanCode(), e.getPlanSha256(), e.getSettings(), e.getEngineVersion(),
                e.getKernel(), e.getCreatedBy(), e.getCreatedAt(), e.getStartedAt(), e.getFinishedAt(), e.getStatus(),
                e.getProgress(), e.getErrorMessage(), withDocuments ? e.getPlanSnapshot() : null,
                withDocuments ? e.getResultJson() : null);
    }

    /** This run with its live status and progress (those of the in-memory registry while it is active). */
    SimulationRun live(RunStatus liveStatus, int liveProgress) {
        return new SimulationRun(id, planCode, planSha256, settings, engineVersion, kernel, createdBy, createdAt,
                startedAt, finishedAt, liveStatus, liveProgress, errorMessage, planSnapshot, resultJson);
    }
}
