package org.keelson.portal.plan.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.simulation.plan.Plan;

/**
 * The plan catalogue: lists, reads and imports whole plans. Every method runs in one transaction; reads need
 * it too because the aggregate's collections load lazily while being mapped to records. Callers only ever see
 * core records and summaries, never entities.
 */
@ApplicationScoped
public class PlanService {
    private static final String UNIQUE_PLAN_CODE = "uk_plan_code";

    @PersistenceContext
    private EntityManager em;

    protected PlanService() {
        // for CDI proxies
    }

    /** For use without a container: the caller demarcates transactions on {@code entityManager}. */
    public PlanService(EntityManager entityManager) {
        this.em = entityManager;
    }

    @Transactional
    public List<PlanSummary> listSummaries() {
        return em.createQuery("select p from PlanEntity p order by p.code", PlanEntity.class)
                .getResultStream()
                .map(entity -> PlanSummary.of(PlanEntityMapper.toRecord(entity)))
                .toList();
    }

    @Transactional
    public Optional<Plan> findPlan(String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :code", PlanEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(PlanEntityMapper::toRecord);
    }

    @Transactional
    public boolean isEmpty() {
        return em.createQuery("select count(p) from PlanEntity p", Long.class).getSingleResult() == 0;
    }

    /**
     * Stores {@code plan} whole or not at all: any failure rolls the transaction back.
     *
     * @throws PlanAlreadyExistsException when a plan with the same code exists, including one committed by a
     *                                    concurrent import between our check and our insert
     * @throws PlanNotStorableException  when the code is missing or a value exceeds its column (nothing written)
     */
    @Transactional
    public void importPlan(Plan plan) {
        List<PlanNotStorableException.Violation> violations = StorageLimits.check(plan);
        if (!violations.isEmpty()) {
            throw new PlanNotStorableException(violations);
        }
        String code = plan.code();
        boolean exists = em.createQuery("select count(p) from PlanEntity p where p.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult() > 0;
        if (exists) {
            throw new PlanAlreadyExistsException(code);
        }
        em.persist(PlanEntityMapper.toEntity(plan));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violatesUniquePlanCode(e)) {
                throw new PlanAlreadyExistsException(code);
            }
            throw e;
        }
    }

    private static boolean violatesUniquePlanCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(UNIQUE_PLAN_CODE)) {
                return true;
            }
        }
        return false;
    }
}
