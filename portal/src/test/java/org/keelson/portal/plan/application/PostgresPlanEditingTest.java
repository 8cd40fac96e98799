package org.keelson.portal.plan.application;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.keelson.portal.plan.TestDatabase;

/** The editing contract on PostgreSQL (row locks, the audit tables' types); see PostgresPlanServiceTest. */
class PostgresPlanEditingTest extends PlanEditingContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        PostgresPlanServiceTest.requireReachable();
        database = TestDatabase.postgres(PostgresPlanServiceTest.URL, PostgresPlanServiceTest.USER,
                PostgresPlanServiceTest.PASSWORD);
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
