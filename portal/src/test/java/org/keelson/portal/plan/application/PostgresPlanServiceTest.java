package org.keelson.portal.plan.application;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.keelson.portal.plan.TestDatabase;

/**
 * The same contract on PostgreSQL, proving V2__plan_model.sql and the mappings are portable. Runs only when
 * given a scratch database (it is wiped), e.g.
 * {@code -Dkeelson.test.postgres.url=jdbc:postgresql://localhost/keelson_test -Dkeelson.test.postgres.user=...}.
 */
@EnabledIfSystemProperty(named = "keelson.test.postgres.url", matches = "jdbc:postgresql:.+")
class PostgresPlanServiceTest extends PlanServiceContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.postgres(System.getProperty("keelson.test.postgres.url"),
                System.getProperty("keelson.test.postgres.user", "postgres"),
                System.getProperty("keelson.test.postgres.password", ""));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
