package org.keelson.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Declares the two ways to sign in: a Faces login page for people, HTTP Basic for the REST API.
 * {@link PathBasedAuthenticationHandler} decides per request which one applies.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.PMO, Role.Names.EXECUTIVE, Role.Names.FINANCE, Role.Names.RISK_OWNER, Role.Names.ADMIN})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@BasicAuthenticationMechanismDefinition(realmName = "Keelson API")
public class AuthenticationConfiguration {
}
