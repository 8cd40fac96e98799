package org.keelson.portal.plan.application;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keelson.portal.plan.TestDatabase;

class H2PlanServiceTest extends PlanServiceContract {
    private TestDatabase database;

    @BeforeEach
    void migrate() {
        database = TestDatabase.h2();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
