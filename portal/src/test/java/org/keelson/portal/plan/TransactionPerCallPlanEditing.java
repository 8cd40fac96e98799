package org.keelson.portal.plan;

import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.simulation.plan.Plan;

/** What the container's {@code @Transactional} interceptor makes of {@link PlanEditing}'s reads, for resource tests. */
public class TransactionPerCallPlanEditing extends PlanEditing {
    private final TestDatabase database;

    public TransactionPerCallPlanEditing(TestDatabase database) {
        super(null);
        this.database = database;
    }

    @Override
    public Versioned<Plan> find(String code) {
        return database.inTransaction(em -> new PlanEditing(em).find(code));
    }
}
