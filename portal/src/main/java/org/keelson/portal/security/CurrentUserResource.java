package org.keelson.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** {@code GET /api/me}: who the API caller is, so that clients can check their credentials and roles. */
@Path("me")
@RequestScoped
public class CurrentUserResource {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserService users;

    /** JSON body of {@code GET /api/me}. */
    public record Caller(String username, String displayName, List<Role> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        String username = securityContext.getCallerPrincipal().getName();
        String displayName = users.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
        List<Role> roles = Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.name())).toList();
        return new Caller(username, displayName, roles);
    }
}
