package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathBasedAuthenticationHandlerTest {

    @Test
    void restCallsUseBasicAuthentication() {
        assertTrue(PathBasedAuthenticationHandler.isApiRequest("/api/plans", ""));
        assertTrue(PathBasedAuthenticationHandler.isApiRequest("/api", ""));
        assertTrue(PathBasedAuthenticationHandler.isApiRequest("/keelson/api/plans/000", "/keelson"));
    }

    @Test
    void pagesUseTheLoginForm() {
        assertFalse(PathBasedAuthenticationHandler.isApiRequest("/index.xhtml", ""));
        assertFalse(PathBasedAuthenticationHandler.isApiRequest("/apidocs.xhtml", ""));
        assertFalse(PathBasedAuthenticationHandler.isApiRequest("/keelson/login.xhtml", "/keelson"));
        assertFalse(PathBasedAuthenticationHandler.isApiRequest("/api/plans", "/keelson"));
    }
}
