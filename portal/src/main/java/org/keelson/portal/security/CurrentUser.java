package org.keelson.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** The signed-in user as the layout shows it: name, role checks for menus, and logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    UserService users;

    private String displayName;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** Display name from the users table, falling back to the login name. */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = users.findByUsername(getUsername()).map(UserAccount::getDisplayName).orElse(getUsername());
        }
        return displayName;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
