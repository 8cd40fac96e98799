package org.keelson.portal.simulation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.SimulationRunEntity;

/** The stored runs ({@code simulation_run}); every method is one transaction. */
@ApplicationScoped
public class SimulationRuns {
    /** Listings leave out the two JSON documents, hundreds of kilobytes a run, which pages poll every second. */
    private static final String WITHOUT_DOCUMENTS = "select new " + SimulationRun.class.getName()
            + "(r.id, r.planCode, r.planSha256, r.iterations, r.seed, r.sampling, r.postMitigation, r.tolerance, "
            + "r.engineVersion, r.kernel, r.createdBy, r.createdAt, r.startedAt, r.finishedAt, r.status, r.progress, "
            + "r.errorMessage) from SimulationRunEntity r";

    @PersistenceContext
    private EntityManager em;

    protected SimulationRuns() {
        // for CDI proxies
    }

    /** For use without a container: the caller demarcates transactions on {@code entityManager}. */
    public SimulationRuns(EntityManager entityManager) {
        this.em = entityManager;
    }

    /** Stores a queued run; returns its id. */
    @Transactional
    public long add(SimulationRunEntity run) {
        em.persist(run);
        em.flush();
        return run.getId();
    }

    @Transactional
    public void started(long id, Instant at) {
        em.find(SimulationRunEntity.class, id).started(at);
    }

    @Transactional
    public void ended(long id, RunStatus outcome, Instant at, int progress, String kernel, String resultJson,
            String error) {
        em.find(SimulationRunEntity.class, id).ended(outcome, at, progress, kernel, resultJson, error);
    }

    /** The run {@code id} of plan {@code planCode}, with its snapshot and result. */
    @Transactional
    public Optional<SimulationRun> find(String planCode, long id) {
        SimulationRunEntity run = em.find(SimulationRunEntity.class, id);
        return run == null || !run.getPlanCode().equals(planCode) ? Optional.empty()
                : Optional.of(SimulationRun.of(run));
    }

    /** The runs of plan {@code planCode}, newest first, without their snapshots and results. */
    @Transactional
    public List<SimulationRun> list(String planCode) {
        return em.createQuery(WITHOUT_DOCUMENTS + " where r.planCode = :code order by r.id desc", SimulationRun.class)
                .setParameter("code", planCode).getResultList();
    }

    /** The latest {@code max} runs of every plan, newest first, without their snapshots and results. */
    @Transactional
    public List<SimulationRun> latest(int max) {
        return em.createQuery(WITHOUT_DOCUMENTS + " order by r.id desc", SimulationRun.class).setMaxResults(max)
                .getResultList();
    }

    /**
     * Marks failed every run left queued or running, which only a server stop leaves so (runs live in memory).
     *
     * @return how many runs were marked
     */
    @Transactional
    public int failUnfinished(Instant at, String message) {
        return em.createQuery("update SimulationRunEntity r set r.status = :failed, r.finishedAt = :at, "
                + "r.errorMessage = :message where r.status in :unfinished")
                .setParameter("failed", RunStatus.FAILED).setParameter("at", at).setParameter("message", message)
                .setParameter("unfinished", List.of(RunStatus.QUEUED, RunStatus.RUNNING)).executeUpdate();
    }
}
