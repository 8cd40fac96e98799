package org.keelson.portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer of the portal carries (src/docs/security.md): no content sniffing, no framing, no referrer to
 * other sites, HSTS over HTTPS, a Content-Security-Policy PrimeFaces works under, and no caching of anything but the
 * static resources, since pages and API answers hold the signed-in user's data.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    /**
     * PrimeFaces 15 writes inline scripts and event handlers and evaluates AJAX updates, so scripts need
     * 'unsafe-inline' and 'unsafe-eval' until its CSP mode (nonces) is switched on; its themes use inline styles and
     * data: images. Nothing is loaded from other origins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also for answers sent before any filter runs, such as the sign-in's refusals. */
    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Scripts, styles and images: the same for every user, so they may be cached. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
