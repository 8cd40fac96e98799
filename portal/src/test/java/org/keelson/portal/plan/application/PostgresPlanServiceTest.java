package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.keelson.portal.plan.TestDatabase;

/**
 * The same contract on PostgreSQL, proving V2__plan_model.sql and the mappings are portable. It wipes its scratch
 * database, by default the throw-away {@code keelson_plan_test} owned by role {@code keelson_test} that .ci/run
 * creates; override with {@code -Dkeelson.test.postgres.url=... -Dkeelson.test.postgres.user=...
 * -Dkeelson.test.postgres.password=...}. Locally it is skipped when PostgreSQL cannot be reached; with CI=true it fails.
 */
class PostgresPlanServiceTest extends PlanServiceContract {
    static final String URL = System.getProperty("keelson.test.postgres.url",
            "jdbc:postgresql://localhost:5432/keelson_plan_test");
    static final String USER = System.getProperty("keelson.test.postgres.user", "keelson_test");
    static final String PASSWORD = System.getProperty("keelson.test.postgres.password", "keelson_test");

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        requireReachable();
        database = TestDatabase.postgres(URL, USER, PASSWORD);
    }

    /** Skips (locally) or fails (CI) when the scratch database cannot be reached. */
    static void requireReachable() {
        try {
            DriverManager.getConnection(URL, USER, PASSWORD).close();
        } catch (SQLException e) {
            String why = "PostgreSQL test database " + URL + " as " + USER + " is not reachable (" + e.getMessage()
                    + "); see README, 'Testing'";
            if (Boolean.parseBoolean(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            assumeTrue(false, "SKIPPED: " + why);
        }
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
