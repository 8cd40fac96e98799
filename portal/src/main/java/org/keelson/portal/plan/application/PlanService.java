package org.keelson.portal.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.keelson.portal.plan.domain.PlanCode;
import org.keelson.portal.plan.domain.ActivityEntity;
import org.keelson.portal.plan.domain.KpiEntity;
import org.keelson.portal.plan.domain.LocalizedNameValue;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.PlanRevisionEntity;
import org.keelson.portal.plan.domain.PlanSummaryEntity;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * The plan catalogue: lists, reads and imports whole plans, and reads one part of a plan for the page that shows
 * only it ({@code findWbs}, {@code findBudget}...) without loading the rest of the aggregate. Lists and overviews
 * come from the summary read model ({@code plan_summary}), written in the same transaction as the plan. Every
 * method runs in one transaction; reads need it too because the aggregate's collections load lazily while being
 * mapped to records. Callers only ever see core records and summaries, never entities.
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

    /** Every plan's summary by code, from the read model (no plan graph is loaded). */
    @Transactional
    public List<PlanSummary> listSummaries() {
        return listSummaries(0, Integer.MAX_VALUE, PortfolioOrder.BY_CODE);
    }

    /** One page of the portfolio: {@code max} summaries from position {@code first} in {@code order}. */
    @Transactional
    public List<PlanSummary> listSummaries(int first, int max, PortfolioOrder order) {
        return em.createQuery("select s from PlanSummaryEntity s" + order.jpql(), PlanSummaryEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> PlanSummaries.summary(row))
                .toList();
    }

    @Transactional
    public long countPlans() {
        return em.createQuery("select count(s) from PlanSummaryEntity s", Long.class).getSingleResult();
    }

    /** The plan overview's figures and facts from the read model; empty for an unknown code. */
    @Transactional
    public Optional<PlanOverview> findOverview(String code) {
        return em.createQuery("select s from PlanSummaryEntity s where s.code = :code", PlanSummaryEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(row -> PlanSummaries.overview(row));
    }

    /**
     * Writes the read-model row of every plan that has none (plans stored before the read model existed).
     *
     * @return how many rows were written
     */
    @Transactional
    public int writeMissingSummaries() {
        List<PlanEntity> missing = em.createQuery("select p from PlanEntity p where p.deletedAt is null and not exists "
                + "(select s from PlanSummaryEntity s where s.planId = p.id)", PlanEntity.class).getResultList();
        missing.forEach(entity -> em.persist(PlanSummaries.row(entity.getId(), PlanEntityMapper.toRecord(entity))));
        return missing.size();
    }

    @Transactional
    public Optional<Plan> findPlan(String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :code and p.deletedAt is null",
                PlanEntity.class)
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

    /** The plan's facts alone, for pages about something of the plan's that is not part of the aggregate. */
    @Transactional
    public Optional<PlanFacts> findFacts(String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :code and p.deletedAt is null",
                PlanEntity.class)
                .setParameter("code", code).getResultStream().findFirst().map(PlanService::facts);
    }

    /** The WBS in list order (each element with its relations); empty for an unknown code. */
    @Transactional
    public Optional<PlanExtract<List<Activity>>> findWbs(String code) {
        loadPartsWith(ActivityEntity.class, "relations", code);
        return planWith("activities", code)
                .map(p -> extract(p, p.getActivities().stream().map(PlanEntityMapper::activity).toList()));
    }

    /** The milestones in list order; empty for an unknown code. */
    @Transactional
    public Optional<PlanExtract<List<Milestone>>> findMilestones(String code) {
        return planWith("milestones", code)
                .map(p -> extract(p, p.getMilestones().stream().map(PlanEntityMapper::milestone).toList()));
    }

    /** The budget, a null part when the plan has none; empty for an unknown code. */
    @Transactional
    public Optional<PlanExtract<Budget>> findBudget(String code) {
        planWith("budgetCategories", code);
        planWith("budgetLines", code);
        return planWith("reserveDrawdowns", code).map(p -> extract(p, PlanEntityMapper.budget(p)));
    }

    /** The risk register and the plan's risk matrix; empty for an unknown code. */
    @Transactional
    public Optional<PlanExtract<RiskRegister>> findRisks(String code) {
        loadPartsWith(RiskEntity.class, "quantifications", code);
        loadPartsWith(RiskEntity.class, "activityCodes", code);
        loadPartsWith(RiskEntity.class, "actions", code);
        return planWith("risks", code).map(p -> extract(p, new RiskRegister(
                p.getRisks().stream().map(PlanEntityMapper::risk).toList(), PlanEntityMapper.riskMatrix(p))));
    }

    /** The KPIs in list order, each with its trajectory and actuals; empty for an unknown code. */
    @Transactional
    public Optional<PlanExtract<List<Kpi>>> findKpis(String code) {
        loadPartsWith(KpiEntity.class, "trajectory", code);
        loadPartsWith(KpiEntity.class, "actuals", code);
        return planWith("kpis", code)
                .map(p -> extract(p, p.getKpis().stream().map(PlanEntityMapper::kpi).toList()));
    }

    /**
     * The plan row with one of its collections fetched in the same statement; the other collections stay
     * unloaded. Parts read first in this transaction are reused, with whatever they had fetched.
     */
    private Optional<PlanEntity> planWith(String collection, String code) {
        return em.createQuery("select p from PlanEntity p left join fetch p." + collection
                + " where p.code = :code and p.deletedAt is null", PlanEntity.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * Loads the plan's parts of {@code type} with their {@code collection} fetched: one statement per nested
     * collection instead of one per part, each fetched alone so the rows do not multiply.
     */
    private void loadPartsWith(Class<?> type, String collection, String code) {
        em.createQuery("select x from " + type.getSimpleName() + " x left join fetch x." + collection
                + " where x.plan.code = :code and x.plan.deletedAt is null", type).setParameter("code", code).getResultList();
    }

    private static <T> PlanExtract<T> extract(PlanEntity p, T part) {
        return new PlanExtract<>(facts(p), part);
    }

    private static PlanFacts facts(PlanEntity p) {
        return new PlanFacts(p.getCode(), LocalizedNameValue.toText(p.getName()), p.getCurrency(), p.getStatusDate(),
                p.getStartDate(), p.getVersion());
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
        importPlan(plan, null, PlanAction.IMPORT_PLAN);
    }

    /**
     * Stores {@code plan} as {@link #importPlan(Plan)} does, recording in the plan's first revision who created it
     * and how ({@code IMPORT_PLAN}, or {@code CREATE_PLAN} for a plan made in the portal).
     */
    @Transactional
    public void importPlan(Plan plan, String user, PlanAction action) {
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
        PlanEntity entity = PlanEntityMapper.toEntity(plan);
        em.persist(entity);
        try {
            em.flush();
            em.persist(PlanSummaries.row(entity.getId(), plan));
            AuditReaderFactory.get(em).getCurrentRevision(PlanRevisionEntity.class, true)
                    .describe(user, code, entity.getVersion(), action.on(""), List.of());
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
