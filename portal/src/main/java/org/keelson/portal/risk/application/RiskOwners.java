package org.keelson.portal.risk.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keelson.portal.security.Role;
import org.keelson.portal.security.UserService;

/**
 * Who may own a risk: an enabled portal user with the RISK_OWNER or PMO role. A risk's {@code owner} is that user's
 * user name, so "my risks" and the edit rights follow the signed-in name; owners imported as free text (the sample
 * plans name a job title) stay as they are until someone assigns the risk to a user.
 */
@ApplicationScoped
public class RiskOwners {

    @Inject
    UserService users;

    /** A possible owner as the picker lists it. */
    public record Owner(String username, String displayName) {
    }

    /** Every user who may own a risk, by user name. */
    public List<Owner> all() {
        return users.listUsers().stream()
                .filter(u -> u.enabled() && (u.roles().contains(Role.RISK_OWNER) || u.roles().contains(Role.PMO)))
                .map(u -> new Owner(u.username(), u.displayName())).toList();
    }

    public boolean mayOwn(String username) {
        return all().stream().anyMatch(o -> o.username().equals(username));
    }
}
