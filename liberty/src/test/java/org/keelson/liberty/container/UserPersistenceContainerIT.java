package org.keelson.liberty.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.RequiresConfiguredDatabase;
import org.keelson.portal.security.KeelsonIdentityStore;
import org.keelson.portal.security.PasswordHasher;
import org.keelson.portal.security.Role;
import org.keelson.portal.security.UserAccount;
import org.keelson.portal.security.UserService;

/**
 * The security pieces inside Liberty, on the portal's real persistence unit and migrations: runs on
 * the embedded H2 database and again on PostgreSQL (failsafe execution "postgresql").
 */
@RequiresConfiguredDatabase
@ExtendWith(ArquillianExtension.class)
class UserPersistenceContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.create();
    }

    @Inject
    UserService users;

    @Inject
    KeelsonIdentityStore identityStore;

    @ArquillianResource
    URL baseUrl;

    private static String uniqueName(String prefix) {
        // The PostgreSQL test database outlives a run, so every run uses fresh names.
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdUsersAreFoundCaseInsensitivelyWithTheirRoles() {
        String name = uniqueName("finance");
        users.create(name, "财务 经理", "correct-horse".toCharArray(), EnumSet.of(Role.FINANCE, Role.EXECUTIVE));

        UserAccount found = users.findByUsername(name.toUpperCase()).orElseThrow();

        assertEquals(name, found.getUsername());
        assertEquals("财务 经理", found.getDisplayName());
        assertEquals(EnumSet.of(Role.FINANCE, Role.EXECUTIVE), found.getRoles());
        assertTrue(found.getPasswordHash().startsWith(PasswordHasher.ALGORITHM_ID + "$"), "stored as PBKDF2, never plain");
        assertTrue(new PasswordHasher().verify("correct-horse".toCharArray(), found.getPasswordHash()));
        assertTrue(users.anyUserWithRole(Role.FINANCE));
    }

    @Test
    void authenticationChecksThePbkdf2HashAndTheEnabledFlag() {
        String name = uniqueName("risk");
        users.create(name, "Risk owner", "s3cret-pass".toCharArray(), Set.of(Role.RISK_OWNER));

        assertTrue(users.authenticate(name, "s3cret-pass".toCharArray()).isPresent());
        assertFalse(users.authenticate(name, "s3cret-pasS".toCharArray()).isPresent());
        assertFalse(users.authenticate(uniqueName("ghost"), "s3cret-pass".toCharArray()).isPresent());
    }

    @Test
    void identityStoreTurnsRolesIntoGroups() {
        String name = uniqueName("pmo");
        users.create(name, "PMO", "pmo-password".toCharArray(), Set.of(Role.PMO, Role.ADMIN));

        CredentialValidationResult valid = identityStore.validate(
                new UsernamePasswordCredential(name, new Password("pmo-password")));
        CredentialValidationResult invalid = identityStore.validate(
                new UsernamePasswordCredential(name, new Password("wrong-password")));

        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(name, valid.getCallerPrincipal().getName());
        assertEquals(Set.of("PMO", "ADMIN"), valid.getCallerGroups());
        assertEquals(CredentialValidationResult.Status.INVALID, invalid.getStatus());
    }

    @Test
    void refusesDuplicateAndMalformedUsers() {
        String name = uniqueName("exec");
        users.create(name, "Exec", "password-1".toCharArray(), Set.of(Role.EXECUTIVE));

        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> users.create(name, "Again", "password-2".toCharArray(), Set.of(Role.EXECUTIVE)));
        assertEquals("Username '" + name + "' is already taken", duplicate.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> users.create("Has Space", "X", "password-3".toCharArray(), Set.of(Role.PMO)));
        assertThrows(IllegalArgumentException.class,
                () -> users.create(uniqueName("short"), "X", "short".toCharArray(), Set.of(Role.PMO)));
        assertThrows(IllegalArgumentException.class,
                () -> users.create(uniqueName("norole"), "X", "password-4".toCharArray(), Set.of()));
    }

    @Test
    @RunAsClient
    void apiWithoutCredentialsIsRefusedWith401() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl.toString()).resolve("api/me")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }
}
