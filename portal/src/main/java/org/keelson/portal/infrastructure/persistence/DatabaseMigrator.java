package org.keelson.portal.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the Flyway migrations in {@code db/migration} when the application starts, before any other
 * startup observer, then announces {@link DatabaseMigrated}. Hibernate never creates or alters tables
 * (schema generation is off in persistence.xml): the SQL scripts are the single source of the schema.
 *
 * <p>Liberty's class loader only lists a resource folder that contains a file, hence the empty
 * {@code db/migration/flyway.location} marker: keep it when moving migrations. Flyway always looks
 * at {@code db/callback} too, which has the same marker so that the lookup does not log an error.
 */
@ApplicationScoped
public class DatabaseMigrator {

    public static final String MIGRATIONS_LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/keelson")
    DataSource dataSource;

    @Inject
    Event<DatabaseMigrated> migrated;

    void onStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                   Object ignored) {
        DatabaseMigrated result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.schemaVersion() + " ("
                + result.appliedMigrations() + " migrations applied)");
        migrated.fire(result);
    }

    /** Applies pending migrations to {@code dataSource}; also used by tests outside the container. */
    public static DatabaseMigrated migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS_LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return new DatabaseMigrated(result.migrationsExecuted, result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion);
    }
}
