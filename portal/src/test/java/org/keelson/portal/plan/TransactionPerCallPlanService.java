package org.keelson.portal.plan;

import org.keelson.portal.plan.application.PlanAction;

import java.util.List;
import java.util.Optional;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.simulation.plan.Plan;

/**
 * What the container's {@code @Transactional} interceptor makes of {@link PlanService}: every call in its own
 * transaction, rolled back when it throws. Lets resources and the loader be tested against a real database.
 */
public class TransactionPerCallPlanService extends PlanService {
    private final TestDatabase database;

    public TransactionPerCallPlanService(TestDatabase database) {
        super(null);
        this.database = database;
    }

    @Override
    public List<PlanSummary> listSummaries() {
        return database.inTransaction(em -> new PlanService(em).listSummaries());
    }

    @Override
    public Optional<Plan> findPlan(String code) {
        return database.inTransaction(em -> new PlanService(em).findPlan(code));
    }

    @Override
    public boolean isCodeTaken(String code) {
        return database.inTransaction(em -> new PlanService(em).isCodeTaken(code));
    }

    @Override
    public boolean isEmpty() {
        return database.inTransaction(em -> new PlanService(em).isEmpty());
    }

    @Override
    public void importPlan(Plan plan) {
        database.runInTransaction(em -> new PlanService(em).importPlan(plan));
    }

    @Override
    public void importPlan(Plan plan, String user, PlanAction action) {
        database.runInTransaction(em -> new PlanService(em).importPlan(plan, user, action));
    }
}
