package org.keelson.portal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;

class DatabaseReadinessTest {

    @Test
    void upWhileTheDatabaseAnswers() {
        try (TestDatabase database = TestDatabase.h2()) {
            DatabaseReadiness readiness = new DatabaseReadiness();
            readiness.em = database.newEntityManager();

            HealthCheckResponse response = readiness.call();

            assertEquals(DatabaseReadiness.NAME, response.getName());
            assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        }
    }

    @Test
    void downWhenTheDatabaseCannotBeReached() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        try (TestDatabase database = TestDatabase.h2()) {
            readiness.em = database.newEntityManager();
        }

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }
}
