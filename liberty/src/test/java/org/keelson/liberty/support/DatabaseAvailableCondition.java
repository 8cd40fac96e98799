package org.keelson.liberty.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresConfiguredDatabase}. */
public class DatabaseAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(TestEnvironment.database())) {
            return ConditionEvaluationResult.enabled("runs on " + TestEnvironment.database());
        }
        if (TestEnvironment.postgresReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        if (TestEnvironment.isCi()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run (and will fail)");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: no PostgreSQL at " + TestEnvironment.postgresHost() + ":"
                + TestEnvironment.postgresPort() + " (start it and create the keelson_test role, see README)");
    }
}
