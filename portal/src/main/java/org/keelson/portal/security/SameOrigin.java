package org.keelson.portal.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request that the browser's page session authenticates may go ahead: reads always; requests that change
 * data (POST, PUT, PATCH, DELETE) only from the portal's own pages. Browsers name the page's origin in {@code Origin}
 * on such requests, and tell in {@code Sec-Fetch-Site} whether it is this site; a request with neither does not come
 * from a browser page and so carries no cookie another site could have made it send.
 */
final class SameOrigin {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private SameOrigin() {
    }

    static boolean allows(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isServersOwn(origin, request.getScheme(), request.getServerName(), request.getServerPort());
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /** True when {@code origin} is scheme://host[:port] of the server, with default ports omitted or not. */
    static boolean isServersOwn(String origin, String scheme, String host, int port) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        int originPort = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
        return uri.getScheme().equalsIgnoreCase(scheme) && uri.getHost().equalsIgnoreCase(host)
                && originPort == port;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }
}
