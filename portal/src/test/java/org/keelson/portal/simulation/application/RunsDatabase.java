package org.keelson.portal.simulation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;

import org.flywaydb.core.Flyway;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.SimulationRunEntity;

/**
 * {@link SimulationRuns} on a private in-memory H2 database migrated by the real Flyway scripts, each call in its
 * own transaction as the container's {@code @Transactional} makes it; Hibernate validates the table against the
 * entity.
 */
final class RunsDatabase extends SimulationRuns implements AutoCloseable {
    private final EntityManagerFactory emf;

    RunsDatabase() {
        super(null);
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        emf = new PersistenceConfiguration("keelson-simulation-test")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(SimulationRunEntity.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
    }

    @Override
    public long add(SimulationRunEntity run) {
        return inTransaction(runs -> runs.add(run));
    }

    @Override
    public void started(long id, Instant at) {
        inTransaction(runs -> {
            runs.started(id, at);
            return null;
        });
    }

    @Override
    public void ended(long id, RunStatus outcome, Instant at, int progress, String kernel, String resultJson,
            String error) {
        inTransaction(runs -> {
            runs.ended(id, outcome, at, progress, kernel, resultJson, error);
            return null;
        });
    }

    @Override
    public Optional<SimulationRun> find(String planCode, long id) {
        return inTransaction(runs -> runs.find(planCode, id));
    }

    @Override
    public List<SimulationRun> list(String planCode) {
        return inTransaction(runs -> runs.list(planCode));
    }

    @Override
    public List<SimulationRun> latest(int max) {
        return inTransaction(runs -> runs.latest(max));
    }

    @Override
    public int failUnfinished(Instant at, String message) {
        return inTransaction(runs -> runs.failUnfinished(at, message));
    }

    private <T> T inTransaction(Function<SimulationRuns, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(new SimulationRuns(em));
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

    @Override
    public void close() {
        emf.close();
    }
}
