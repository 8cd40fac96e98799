package org.keelson.portal.simulation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code simulation_run} (V5__simulation_runs.sql): a run's inputs as simulated, written when it is
 * queued, and its outcome, written when it ends.
 */
@Entity
@Table(name = "simulation_run")
public class SimulationRunEntity {
    /**
     * The plan snapshot and result JSON (V6): as declared, since Hibernate would take a varchar this long for a
     * CLOB on H2, where the column is a plain varchar as on PostgreSQL.
     */
    private static final String LONG_DOCUMENT = "varchar(10485760)";
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "plan_code", nullable = false, length = 64)
    private String planCode;
    @Column(name = "plan_snapshot", nullable = false, columnDefinition = LONG_DOCUMENT)
    private String planSnapshot;
    @Column(name = "plan_sha256", nullable = false, length = 64)
    private String planSha256;
    @Column(name = "seed", nullable = false)
    private long seed;
    @Column(name = "iterations", nullable = false)
    private int iterations;
    @Enumerated(EnumType.STRING)
    @Column(name = "sampling", nullable = false, length = 16)
    private Sampling sampling;
    @Column(name = "post_mitigation", nullable = false)
    private boolean postMitigation;
    @Column(name = "tolerance")
    private Double tolerance;
    @Column(name = "engine_version", nullable = false, length = 64)
    private String engineVersion;
    @Column(name = "kernel", length = 16)
    private String kernel;
    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RunStatus status;
    @Column(name = "progress", nullable = false)
    private int progress;
    @Column(name = "error_message", length = 2000)
    private String errorMessage;
    @Column(name = "result_json", columnDefinition = LONG_DOCUMENT)
    private String resultJson;

    protected SimulationRunEntity() {
        // for JPA
    }

    /** A run waiting for its turn. */
    public SimulationRunEntity(String planCode, String planSnapshot, String planSha256, long seed,
            SimulationSettings settings, String engineVersion, String createdBy, Instant createdAt) {
        this.planCode = planCode;
        this.planSnapshot = planSnapshot;
        this.planSha256 = planSha256;
        this.seed = seed;
        this.iterations = settings.iterations();
        this.sampling = settings.sampling();
        this.postMitigation = settings.postMitigation();
        this.tolerance = settings.tolerance();
        this.engineVersion = engineVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = RunStatus.QUEUED;
    }

    public void started(Instant at) {
        status = RunStatus.RUNNING;
        startedAt = at;
    }

    /** The run's end: {@code kernel} and {@code resultJson} for a finished run, {@code errorMessage} for a failed one. */
    public void ended(RunStatus outcome, Instant at, int progressPercent, String kernelId, String result, String error) {
        status = outcome;
        finishedAt = at;
        progress = progressPercent;
        kernel = kernelId;
        resultJson = result;
        errorMessage = error;
    }

    public Long getId() {
        return id;
    }

    public String getPlanCode() {
        return planCode;
    }

    public String getPlanSnapshot() {
        return planSnapshot;
    }

    public String getPlanSha256() {
        return planSha256;
    }

    /** The settings as run, the seed being the one drawn when none was asked for. */
    public SimulationSettings getSettings() {
        return new SimulationSettings(iterations, seed, sampling, postMitigation, tolerance);
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public String getKernel() {
        return kernel;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public RunStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getResultJson() {
        return resultJson;
    }
}
