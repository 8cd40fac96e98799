package org.keelson.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;

/**
 * First start of a real installation: creates the user {@value #USERNAME} with role ADMIN from the
 * environment variable {@value #PASSWORD_VARIABLE}, but only while no administrator exists. Remove the
 * variable after the first start; the password then lives only as a PBKDF2 hash in the database.
 */
@ApplicationScoped
public class InitialAdministrator {

    public static final String PASSWORD_VARIABLE = "KEELSON_INITIAL_ADMIN_PASSWORD";
    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    UserService users;

    void onDatabaseMigrated(@Observes DatabaseMigrated event) {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isBlank() || users.anyUserWithRole(Role.ADMIN)) {
            return;
        }
        users.create(USERNAME, "Administrator", password.toCharArray(), Set.of(Role.ADMIN));
        LOG.warning(() -> "Created the initial administrator '" + USERNAME + "' from " + PASSWORD_VARIABLE
                + "; remove the variable now");
    }
}
