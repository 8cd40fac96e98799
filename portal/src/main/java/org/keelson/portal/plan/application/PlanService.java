package org.keelson.portal.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.keelson.portal.plan.domain.PlanCode;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.simulation.plan.Plan;

/**
 * The plan catalogue: lists, reads and imports whole plans. Every method runs in one transaction; reads need
 * it too because the aggregate's collections load lazily while being mapped to records. Callers only ever see
 * core records and summaries, never entities.
 */
@ApplicationScoped
public class PlanService {
    /** Matches uk_plan_code (V2, exact code) and uk_plan_code_key (V4, code in lower case). */
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
        LocalDate today = LocalDate.now();
        return em.createQuery("select p from PlanEntity p order by p.code", PlanEntity.class)
                .getResultStream()
                .map(entity -> PlanSummary.of(PlanEntityMapper.toRecord(entity), today))
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

    /** True when a plan has this code in any case: the code an import of it would clash with. */
    @Transactional
    public boolean isCodeTaken(String code) {
        return em.createQuery("select count(p) from PlanEntity p where p.codeKey = :key", Long.class)
                .setParameter("key", PlanCode.key(code))
                .getSingleResult() > 0;
    }

    @Transactional
    public boolean isEmpty() {
        return em.createQuery("select count(p) from PlanEntity p", Long.class).getSingleResult() == 0;
    }

    /**
     * Stores {@code plan} whole or not at all: any failure rolls the transaction back.
     *
     * @throws PlanAlreadyExistsException when a plan with the same code in any case exists, including one committed
     *                                    by a concurrent import between our check and our insert
     * @throws PlanNotStorableException  when the code does not follow {@link PlanCode} or a value exceeds its column
     *                                    (nothing written)
     */
    @Transactional
    public void importPlan(Plan plan) {
        List<PlanNotStorableException.Violation> violations = new ArrayList<>();
        PlanCode.problem(plan.code())
                .ifPresent(problem -> violations.add(new PlanNotStorableException.Violation("code", problem)));
        // the code pattern is stricter than its column, so StorageLimits' finding on "code" would say less
        StorageLimits.check(plan).stream().filter(v -> !v.path().equals("code")).forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new PlanNotStorableException(violations);
        }
        String code = plan.code();
        if (isCodeTaken(code)) {
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
