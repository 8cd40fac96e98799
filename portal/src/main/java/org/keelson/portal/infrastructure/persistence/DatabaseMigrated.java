package org.keelson.portal.infrastructure.persistence;

/**
 * CDI event fired once at startup after Flyway has brought the schema up to date. Code that reads or
 * seeds data at startup (demo users, sample plans) observes this event instead of application start,
 * so it never runs against a schema that is not migrated yet.
 *
 * @param appliedMigrations number of migrations applied during this start (0 when already current)
 * @param schemaVersion     the schema version after migration, e.g. "2"
 */
public record DatabaseMigrated(int appliedMigrations, String schemaVersion) {
}
