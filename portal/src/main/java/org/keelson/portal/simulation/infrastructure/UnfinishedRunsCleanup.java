package org.keelson.portal.simulation.infrastructure;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;
import org.keelson.portal.simulation.application.SimulationRuns;

/**
 * At start-up, marks failed the runs that a server stop left queued or running: runs live in the memory of the
 * server that started them, so nothing would ever end them.
 */
@ApplicationScoped
public class UnfinishedRunsCleanup {
    static final String MESSAGE = "the server stopped before the run ended";
    private static final Logger LOG = Logger.getLogger(UnfinishedRunsCleanup.class.getName());

    @Inject
    SimulationRuns runs;

    void onDatabaseMigrated(@Observes DatabaseMigrated migrated) {
        int failed = runs.failUnfinished(Instant.now(), MESSAGE);
        if (failed > 0) {
            LOG.info(() -> "Marked failed " + failed + " simulation runs left unfinished by the last server stop");
        }
    }
}
