package org.keelson.portal.plan.infrastructure;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;
import org.keelson.portal.plan.application.PlanService;

/** Gives plans stored before the summary read model existed (V3__plan_summary.sql) their row, at start-up. */
@ApplicationScoped
public class PlanSummaryBackfill {
    private static final Logger LOG = Logger.getLogger(PlanSummaryBackfill.class.getName());

    @Inject
    PlanService plans;

    void onDatabaseMigrated(@Observes DatabaseMigrated migrated) {
        int written = plans.writeMissingSummaries();
        if (written > 0) {
            LOG.info(() -> "Wrote the summary of " + written + " plans stored before the read model");
        }
    }
}
