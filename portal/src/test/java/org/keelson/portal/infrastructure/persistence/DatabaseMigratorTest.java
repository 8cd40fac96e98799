package org.keelson.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real migrations on an in-memory H2 database (PostgreSQL is covered by the Liberty tests). */
class DatabaseMigratorTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase(org.junit.jupiter.api.TestInfo test) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + test.getDisplayName().replaceAll("\\W", "") + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void migratesAnEmptyDatabaseOnceAndIsIdempotent() throws SQLException {
        DatabaseMigrated first = DatabaseMigrator.migrate(dataSource);
        DatabaseMigrated second = DatabaseMigrator.migrate(dataSource);

        assertTrue(first.appliedMigrations() >= 1, "V1 and any later migrations run on an empty database");
        assertEquals(0, second.appliedMigrations());
        assertEquals(first.schemaVersion(), second.schemaVersion());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_user (username, display_name, password_hash) VALUES ('pmo', 'PMO', 'h')");
            s.executeUpdate("INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user), 'PMO')");
        }
    }

    @Test
    void usersTableEnforcesLowerCaseUniqueNames() throws SQLException {
        DatabaseMigrator.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_user (username, display_name, password_hash) VALUES ('pmo', 'PMO', 'h')");

            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO app_user (username, display_name, password_hash) VALUES ('pmo', 'Again', 'h')"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO app_user (username, display_name, password_hash) VALUES ('Finance', 'F', 'h')"));
        }
    }
}
