package org.keelson.portal.plan;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.keelson.portal.plan.domain.ActivityEntity;
import org.keelson.portal.plan.domain.BaselineEntity;
import org.keelson.portal.plan.domain.BenefitLineEntity;
import org.keelson.portal.plan.domain.BudgetCategoryEntity;
import org.keelson.portal.plan.domain.KpiEntity;
import org.keelson.portal.plan.domain.MilestoneEntity;
import org.keelson.portal.plan.domain.PhaseEntity;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.PlanRevisionEntity;
import org.keelson.portal.plan.domain.PlanSummaryEntity;
import org.keelson.portal.plan.domain.RiskEntity;

/**
 * A database migrated by the real Flyway scripts and a Hibernate EntityManagerFactory that only validates
 * the schema, as in the server. H2 in memory by default; PostgreSQL when the test passes its JDBC URL.
 * {@link #inTransaction} and {@link #runInTransaction} play the part of {@code @Transactional}: commit on success, roll back on any
 * RuntimeException.
 */
public final class TestDatabase implements AutoCloseable {
    private final EntityManagerFactory emf;

    private TestDatabase(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").cleanDisabled(false)
                .load().migrate();
        emf = new PersistenceConfiguration("keelson-plan-test")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(PlanEntity.class)
                .managedClass(PhaseEntity.class)
                .managedClass(MilestoneEntity.class)
                .managedClass(ActivityEntity.class)
                .managedClass(BudgetCategoryEntity.class)
                .managedClass(RiskEntity.class)
                .managedClass(KpiEntity.class)
                .managedClass(BenefitLineEntity.class)
                .managedClass(BaselineEntity.class)
                .managedClass(PlanSummaryEntity.class)
                .managedClass(PlanRevisionEntity.class)
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, user)
                .property(PersistenceConfiguration.JDBC_PASSWORD, password)
                .property("hibernate.hbm2ddl.auto", System.getProperty("keelson.test.ddl", "validate"))
                .property("hibernate.generate_statistics", "true")
                .createEntityManagerFactory();
    }

    /** A fresh, private in-memory H2 database. */
    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** PostgreSQL at {@code url}, after dropping whatever an earlier run left there. */
    public static TestDatabase postgres(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        return new TestDatabase(url, user, password);
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Row count of {@code table}, read outside any service. */
    public long count(String table) {
        return inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue());
    }

    /** Tables of V2__plan_model.sql, V3__plan_summary.sql and V9__risk_response.sql, children before parents. */
    public static final List<String> PLAN_TABLES = List.of("plan_summary", "activity_relation", "risk_quantification",
            "risk_activity", "risk_action", "kpi_trajectory_point", "kpi_actual_point", "baseline_entry", "plan_weekend_day",
            "plan_holiday", "plan_working_day", "plan_correlation", "plan_budget_line", "plan_reserve_drawdown", "plan_assumption", "phase",
            "milestone", "activity", "budget_category", "risk", "kpi", "benefit_line", "baseline", "plan");

    /** Tables of V7__plan_audit.sql, V9__risk_response.sql and V12__reserve_drawdown.sql, children before parents. */
    public static final List<String> AUDIT_TABLES = List.of("activity_aud", "activity_relation_aud", "baseline_aud",
            "baseline_entry_aud", "benefit_line_aud", "budget_category_aud", "kpi_actual_point_aud", "kpi_aud",
            "kpi_trajectory_point_aud", "milestone_aud", "phase_aud", "plan_assumption_aud", "plan_aud",
            "plan_budget_line_aud", "plan_reserve_drawdown_aud", "plan_correlation_aud", "plan_holiday_aud", "plan_weekend_day_aud",
            "plan_working_day_aud", "risk_activity_aud", "risk_action_aud", "risk_aud", "risk_quantification_aud", "plan_revision_change",
            "plan_revision");

    /**
     * Empties the plan and audit tables so one database (whose start-up is the slow part) can serve a whole test
     * class.
     */
    public void deleteAllPlans() {
        runInTransaction(em -> {
            AUDIT_TABLES.forEach(table -> em.createNativeQuery("delete from " + table).executeUpdate());
            PLAN_TABLES.forEach(table -> em.createNativeQuery("delete from " + table).executeUpdate());
        });
    }

    /** What Hibernate counted (statements, entities loaded...) since the last {@code clear()}. */
    public Statistics statistics() {
        return emf.unwrap(SessionFactory.class).getStatistics();
    }

    public EntityManager newEntityManager() {
        return emf.createEntityManager();
    }

    @Override
    public void close() {
        emf.close();
    }
}
