package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.domain.PlanCode;
import org.keelson.portal.plan.domain.ActivityEntity;
import org.keelson.portal.plan.domain.BudgetCategoryEntity;
import org.keelson.portal.plan.domain.KpiEntity;
import org.keelson.portal.plan.domain.MilestoneEntity;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;

/** Behaviour of {@link PlanService} against a real, Flyway-migrated database; subclasses pick the database. */
abstract class PlanServiceContract {
    abstract TestDatabase database();

    @AfterEach
    void deleteAllPlans() {
        database().deleteAllPlans();
    }

    private void importPlan(Plan plan) {
        database().runInTransaction(em -> new PlanService(em).importPlan(plan));
    }

    private Plan find(String code) {
        return database().inTransaction(em -> new PlanService(em).findPlan(code)).orElseThrow();
    }

    @Test
    void importedPlanReadsBackEqual() {
        Plan plan = PlanFixtures.fullPlan("KP-100");
        importPlan(plan);

        assertEquals(plan, find("KP-100"));
        assertEquals(4, database().count("activity"));
    }

    @Test
    void minimalPlanReadsBackEqual() {
        Plan plan = PlanFixtures.minimalPlan("KP-101");
        importPlan(plan);

        assertEquals(plan, find("KP-101"));
    }

    @Test
    void duplicateCodeIsRejectedAndOriginalKept() {
        Plan original = PlanFixtures.fullPlan("KP-102");
        importPlan(original);
        long activitiesBefore = database().count("activity");

        PlanAlreadyExistsException conflict =
                assertThrows(PlanAlreadyExistsException.class, () -> importPlan(PlanFixtures.minimalPlan("KP-102")));

        assertEquals("KP-102", conflict.getCode());
        assertEquals(original, find("KP-102"));
        assertEquals(activitiesBefore, database().count("activity"));
    }

    @Test
    void failingImportWritesNothing() {
        Plan valid = PlanFixtures.fullPlan("KP-103");
        List<Kpi> kpis = new ArrayList<>(valid.kpis());
        kpis.add(kpis.get(0)); // the same KPI code twice violates uk_kpi_code, late in the insert order
        Plan broken = new Plan(valid.code(), valid.name(), valid.description(), valid.currency(), valid.locale(),
                valid.status(), valid.manager(), valid.startDate(), valid.deadline(), valid.statusDate(),
                valid.calendar(), valid.phases(), valid.milestones(), valid.wbs(), valid.correlations(),
                valid.budget(), valid.riskMatrix(), valid.risks(), kpis, valid.benefits(), valid.baselines(),
                valid.assumptions());

        assertThrows(PersistenceException.class, () -> importPlan(broken));

        for (String table : TestDatabase.PLAN_TABLES) {
            assertEquals(0, database().count(table), table);
        }
    }

    @Test
    void overlongCodeIsRejectedBeforeWriting() {
        PlanNotStorableException refused = assertThrows(PlanNotStorableException.class,
                () -> importPlan(PlanFixtures.minimalPlan("X".repeat(65))));

        assertEquals("code", refused.violations().get(0).path());
        assertEquals(0, database().count("plan"));
    }

    @Test
    void valuesAtTheirLimitAreStoredEvenWithEmoji() {
        String code = "K".repeat(PlanCode.MAX_LENGTH);
        Plan plan = PlanFixtures.minimalPlan(code, PlanFixtures.text("😀".repeat(500), "n".repeat(1000)));
        importPlan(plan);

        assertEquals(plan, find(code));
    }

    @Test
    void emptinessAndSummariesFollowTheCatalogue() {
        boolean emptyAtFirst = database().inTransaction(em -> new PlanService(em).isEmpty());
        assertTrue(emptyAtFirst);
        importPlan(PlanFixtures.minimalPlan("KP-105"));
        importPlan(PlanFixtures.fullPlan("KP-104"));

        List<PlanSummary> summaries = database().inTransaction(em -> new PlanService(em).listSummaries());

        assertEquals(List.of("KP-104", "KP-105"), summaries.stream().map(PlanSummary::code).toList());
        PlanSummary full = summaries.get(0);
        assertEquals(12_000_000, full.budget());
        assertEquals(950_000.25 + 2_100_000, full.spend(), 1e-6);
        assertEquals(1, full.highRiskCount());
        assertEquals("M1", full.nextMilestone().code());
    }

    @Test
    void readModelGivesTheSummariesComputedFromThePlans() {
        Plan full = PlanFixtures.fullPlan("KP-110");
        Plan minimal = PlanFixtures.minimalPlan("KP-111");
        importPlan(full);
        importPlan(minimal);

        List<PlanSummary> stored = database().inTransaction(em -> new PlanService(em).listSummaries());

        assertEquals(List.of(PlanSummary.of(full), PlanSummary.of(minimal)), stored);
    }

    @Test
    void portfolioPagesAndSortsInTheDatabase() {
        importPlan(PlanFixtures.minimalPlan("KP-122"));
        importPlan(PlanFixtures.fullPlan("KP-120"));
        importPlan(PlanFixtures.minimalPlan("KP-121"));

        List<String> second = database().inTransaction(em -> new PlanService(em)
                .listSummaries(1, 1, PortfolioOrder.BY_CODE)).stream().map(PlanSummary::code).toList();
        List<String> byRisks = database().inTransaction(em -> new PlanService(em)
                .listSummaries(0, 3, new PortfolioOrder(PortfolioOrder.Column.HIGH_RISKS, false)))
                .stream().map(PlanSummary::code).toList();
        long count = database().inTransaction(em -> new PlanService(em).countPlans());

        assertEquals(List.of("KP-121"), second);
        assertEquals(List.of("KP-120", "KP-121", "KP-122"), byRisks, "one high risk first, then ties by code");
        assertEquals(3, count);
    }

    @Test
    void overviewReadsThePlansFactsFromTheReadModel() {
        Plan full = PlanFixtures.fullPlan("KP-130");
        importPlan(full);

        PlanOverview overview = database().inTransaction(em -> new PlanService(em).findOverview("KP-130"))
                .orElseThrow();

        assertEquals(PlanSummary.of(full), overview.summary());
        assertEquals(full.manager(), overview.manager());
        assertEquals(full.startDate(), overview.startDate());
        assertEquals(full.deadline(), overview.deadline());
        assertEquals(full.budget().contingencyReserve(), overview.contingencyReserve(), 1e-9);
        assertTrue(database().inTransaction(em -> new PlanService(em).findOverview("NO-SUCH")).isEmpty());
    }

    @Test
    void plansStoredBeforeTheReadModelGetTheirSummary() {
        Plan full = PlanFixtures.fullPlan("KP-140");
        importPlan(full);
        database().runInTransaction(em -> em.createNativeQuery("delete from plan_summary").executeUpdate());

        int written = database().inTransaction(em -> new PlanService(em).writeMissingSummaries());
        int again = database().inTransaction(em -> new PlanService(em).writeMissingSummaries());

        assertEquals(1, written);
        assertEquals(0, again);
        assertEquals(List.of(PlanSummary.of(full)),
                database().inTransaction(em -> new PlanService(em).listSummaries()));
    }

    @Test
    void codeDifferingOnlyInCaseIsADuplicate() {
        importPlan(PlanFixtures.minimalPlan("KP-107"));

        assertThrows(PlanAlreadyExistsException.class, () -> importPlan(PlanFixtures.minimalPlan("kp-107")));

        assertEquals(1, database().count("plan"));
    }

    @Test
    void databaseRefusesACaseTwinEvenWithoutTheServicesCheck() {
        importPlan(PlanFixtures.minimalPlan("KP-108"));

        assertThrows(RuntimeException.class, () -> database().runInTransaction(
                em -> em.persist(PlanEntityMapper.toEntity(PlanFixtures.minimalPlan("Kp-108")))));

        assertEquals(1, database().count("plan"));
    }

    @Test
    void concurrentEditOfThePlanIsDetectedNotLost() {
        importPlan(PlanFixtures.minimalPlan("KP-106"));
        EntityManager first = database().newEntityManager();
        EntityManager second = database().newEntityManager();
        try {
            PlanEntity mine = load(first, "KP-106");
            PlanEntity theirs = load(second, "KP-106");

            first.getTransaction().begin();
            mine.changeStatus(PlanStatus.ACTIVE);
            first.getTransaction().commit();

            second.getTransaction().begin();
            theirs.changeStatus(PlanStatus.CANCELLED);
            RollbackException lost = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(lost.getCause() instanceof OptimisticLockException, String.valueOf(lost.getCause()));
        } finally {
            first.close();
            second.close();
        }
        assertEquals(PlanStatus.ACTIVE, find("KP-106").status());
    }

    private static PlanEntity load(EntityManager em, String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :code", PlanEntity.class)
                .setParameter("code", code).getSingleResult();
    }

    /** A read and what it cost: statements sent and entities loaded, by entity class. */
    private record Measured<T>(T result, long statements, Statistics statistics) {
        long loaded(Class<?> entity) {
            return statistics.getEntityStatistics(entity.getName()).getLoadCount();
        }
    }

    private <T> Measured<T> measure(Function<PlanService, T> read) {
        Statistics statistics = database().statistics();
        statistics.clear();
        T result = database().inTransaction(em -> read.apply(new PlanService(em)));
        return new Measured<>(result, statistics.getPrepareStatementCount(), statistics);
    }

    @Test
    void eachPartReadsBackAsInTheWholePlan() {
        Plan plan = PlanFixtures.fullPlan("KP-110");
        importPlan(plan);
        PlanFacts facts = new PlanFacts("KP-110", plan.name(), plan.currency(), plan.statusDate(), plan.startDate(),
                0);

        assertEquals(new PlanExtract<>(facts, plan.wbs()), measure(s -> s.findWbs("KP-110")).result().orElseThrow());
        assertEquals(new PlanExtract<>(facts, plan.milestones()),
                measure(s -> s.findMilestones("KP-110")).result().orElseThrow());
        assertEquals(new PlanExtract<>(facts, plan.budget()), measure(s -> s.findBudget("KP-110")).result().orElseThrow());
        assertEquals(new PlanExtract<>(facts, new RiskRegister(plan.risks(), plan.riskMatrix())),
                measure(s -> s.findRisks("KP-110")).result().orElseThrow());
        assertEquals(new PlanExtract<>(facts, plan.kpis()), measure(s -> s.findKpis("KP-110")).result().orElseThrow());
        assertEquals(plan.effectiveStatusDate(), facts.effectiveStatusDate());
    }

    @Test
    void aPlanWithoutTheOptionalPartsReadsEmptyParts() {
        Plan plan = PlanFixtures.minimalPlan("KP-111");
        importPlan(plan);

        assertNull(measure(s -> s.findBudget("KP-111")).result().orElseThrow().part());
        assertEquals(plan.wbs(), measure(s -> s.findWbs("KP-111")).result().orElseThrow().part());
        assertEquals(List.of(), measure(s -> s.findKpis("KP-111")).result().orElseThrow().part());
        assertTrue(measure(s -> s.findRisks("NO-SUCH")).result().isEmpty());
        assertTrue(measure(s -> s.findWbs("NO-SUCH")).result().isEmpty());
    }

    /**
     * Each page's read loads its own part and nothing else, in a fixed number of statements (one per fetched
     * collection, however many elements the part has: the fixture has several of each, so a read per element
     * would show).
     */
    @Test
    void eachPageLoadsOnlyThePartItShows() {
        Plan plan = PlanFixtures.fullPlan("KP-112");
        importPlan(plan);

        Measured<?> kpis = measure(s -> s.findKpis("KP-112"));
        assertEquals(0, kpis.loaded(ActivityEntity.class), "the KPI page loads no activities");
        assertEquals(0, kpis.loaded(RiskEntity.class));
        assertEquals(plan.kpis().size(), kpis.loaded(KpiEntity.class));
        assertEquals(3, kpis.statements(), "KPIs with trajectories, KPIs with actuals, the plan with its KPIs");

        Measured<?> budget = measure(s -> s.findBudget("KP-112"));
        assertEquals(0, budget.loaded(RiskEntity.class), "the budget page loads no risks");
        assertEquals(0, budget.loaded(ActivityEntity.class));
        assertEquals(0, budget.loaded(KpiEntity.class));
        assertEquals(plan.budget().categories().size(), budget.loaded(BudgetCategoryEntity.class));
        assertEquals(3, budget.statements(), "the plan with its categories, with its lines, with its reserve drawdowns");

        Measured<?> wbs = measure(s -> s.findWbs("KP-112"));
        assertEquals(plan.wbs().size(), wbs.loaded(ActivityEntity.class));
        assertEquals(0, wbs.loaded(RiskEntity.class) + wbs.loaded(KpiEntity.class) + wbs.loaded(MilestoneEntity.class));
        assertEquals(2, wbs.statements(), "activities with their relations, the plan with its activities");

        Measured<?> risks = measure(s -> s.findRisks("KP-112"));
        assertEquals(plan.risks().size(), risks.loaded(RiskEntity.class));
        assertEquals(0, risks.loaded(ActivityEntity.class) + risks.loaded(KpiEntity.class));
        assertEquals(4, risks.statements(),
                "risks with quantifications, risks with activities, risks with actions, the plan with risks");

        Measured<?> milestones = measure(s -> s.findMilestones("KP-112"));
        assertEquals(plan.milestones().size(), milestones.loaded(MilestoneEntity.class));
        assertEquals(0, milestones.loaded(ActivityEntity.class));
        assertEquals(1, milestones.statements(), "the plan with its milestones");
    }
}
