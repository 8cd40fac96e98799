package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void theServersOwnOriginMatchesWithOrWithoutItsDefaultPort() {
        assertTrue(SameOrigin.isServersOwn("http://localhost:9080", "http", "localhost", 9080));
        assertTrue(SameOrigin.isServersOwn("https://keelson.example", "https", "keelson.example", 443));
        assertTrue(SameOrigin.isServersOwn("HTTPS://Keelson.Example:443", "https", "keelson.example", 443));
    }

    @Test
    void otherSchemesHostsPortsAndGarbageDoNot() {
        assertFalse(SameOrigin.isServersOwn("http://evil.example", "http", "localhost", 80));
        assertFalse(SameOrigin.isServersOwn("http://localhost:9081", "http", "localhost", 9080));
        assertFalse(SameOrigin.isServersOwn("http://keelson.example", "https", "keelson.example", 443));
        assertFalse(SameOrigin.isServersOwn("null", "http", "localhost", 80));
        assertFalse(SameOrigin.isServersOwn("http://[bad", "http", "localhost", 80));
    }
}
