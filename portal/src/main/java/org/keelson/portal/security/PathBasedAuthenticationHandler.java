package org.keelson.portal.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition.BasicAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends REST calls under {@value #API_PREFIX} to HTTP Basic (a 401 challenge, never a login page)
 * and everything else to the form login.
 */
@ApplicationScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
public class PathBasedAuthenticationHandler implements HttpAuthenticationMechanismHandler {

    static final String API_PREFIX = "/api/";

    @Inject
    @BasicAuthenticationMechanism
    HttpAuthenticationMechanism basic;

    @Inject
    @CustomFormAuthenticationMechanism
    HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return isApiRequest(request.getRequestURI(), request.getContextPath()) ? basic : form;
    }

    static boolean isApiRequest(String requestUri, String contextPath) {
        String path = requestUri.substring(contextPath == null ? 0 : contextPath.length());
        return path.startsWith(API_PREFIX) || path.equals(API_PREFIX.substring(0, API_PREFIX.length() - 1));
    }
}
