package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void readsAlwaysPassChangesOnlyFromTheServersOwnPages() {
        assertTrue(SameOrigin.allows(request("GET", Map.of("Origin", "http://evil.example"))));
        assertTrue(SameOrigin.allows(request("POST", Map.of("Origin", "http://localhost:9080"))));
        assertTrue(SameOrigin.allows(request("POST", Map.of("Sec-Fetch-Site", "same-origin"))));
        assertTrue(SameOrigin.allows(request("POST", Map.of())), "no browser page behind it");

        assertFalse(SameOrigin.allows(request("POST", Map.of("Origin", "http://evil.example"))));
        assertFalse(SameOrigin.allows(request("DELETE", Map.of("Sec-Fetch-Site", "cross-site"))));
        assertFalse(SameOrigin.allows(request("PUT", Map.of("Sec-Fetch-Site", "same-site"))));
    }

    /** A request to http://localhost:9080 with these method and headers. */
    private static HttpServletRequest request(String method, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 9080;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

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
