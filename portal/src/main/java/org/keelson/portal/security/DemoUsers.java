package org.keelson.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;

/**
 * Creates one demo user per role, but only when the server runs in demo mode: environment variable
 * {@value #DEMO_SWITCH} (or system property {@code keelson.demo}) set to {@code true}. The embedded
 * `liberty:run` set-up turns it on; production configuration never does.
 */
@ApplicationScoped
public class DemoUsers {

    public static final String DEMO_SWITCH = "KEELSON_DEMO";
    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    /** Documented in the README; the password of each is {@code <username>-demo}. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("pmo", "项目管理办公室 PMO", Role.PMO),
            new DemoUser("executive", "高管 Executive", Role.EXECUTIVE),
            new DemoUser("finance", "财务 Finance", Role.FINANCE),
            new DemoUser("risk", "风险负责人 Risk owner", Role.RISK_OWNER),
            new DemoUser("admin", "系统管理员 Administrator", Role.ADMIN));

    @Inject
    UserService users;

    void onDatabaseMigrated(@Observes DatabaseMigrated event) {
        if (!isDemoMode()) {
            return;
        }
        for (DemoUser demo : USERS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.create(demo.username(), demo.displayName(), demo.password().toCharArray(), Set.of(demo.role()));
                LOG.info(() -> "Demo mode: created user '" + demo.username() + "' with role " + demo.role());
            }
        }
    }

    static boolean isDemoMode() {
        String value = System.getenv(DEMO_SWITCH);
        if (value == null) {
            value = System.getProperty("keelson.demo");
        }
        return Boolean.parseBoolean(value);
    }

    record DemoUser(String username, String displayName, Role role) {
        String password() {
            return username + "-demo";
        }
    }
}
