package org.keelson.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.keelson.portal.web.JsonErrors;
import org.keelson.portal.web.SecurityHeadersFilter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How callers sign in.
 * <ul>
 *   <li>People use the login page: {@link LoginBean} hands the typed credentials over through
 *       {@code SecurityContext.authenticate}; the signed-in caller is kept in the HTTP session.</li>
 *   <li>Programs calling {@value #API_PREFIX}... send HTTP Basic credentials with every request and get
 *       a 401 challenge, never a login page, when they do not.</li>
 *   <li>A protected page requested without a session redirects to the login page, which returns to the
 *       requested page afterwards; when the browser's session had ended (timeout, server restart) the login page
 *       says so.</li>
 *   <li>An API request with an {@code Authorization} header is judged by that header alone, never by the session a
 *       browser sends along; one without it may use the page session, but only from the portal's own pages:
 *       state-changing requests from another origin are refused ({@link SameOrigin}).</li>
 *   <li>After repeated failures, sign-in attempts are refused for a while without checking the password
 *       ({@link LoginThrottle}).</li>
 * </ul>
 * Refusals of API requests carry the API's JSON error body.
 * One mechanism handles both because Open Liberty 26.0.0.5 rejects the built-in custom-form mechanism
 * when it is selected by an application {@code HttpAuthenticationMechanismHandler} (CWWKS1926E).
 */
@ApplicationScoped
@DeclareRoles({Role.Names.PMO, Role.Names.EXECUTIVE, Role.Names.FINANCE, Role.Names.RISK_OWNER, Role.Names.ADMIN})
public class KeelsonAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String REALM = "Keelson API";
    /** Session attribute holding the signed-in {@link SessionCaller}. */
    static final String SESSION_CALLER = "org.keelson.portal.security.caller";
    /** Session attribute holding the page to return to after login. */
    static final String SESSION_CONTINUE = "org.keelson.portal.security.continue";
    /** Session attribute set when a protected page was asked for with a session that has ended: the login says so. */
    static final String SESSION_EXPIRED = "org.keelson.portal.security.expired";

    @Inject
    IdentityStoreHandler identityStores;

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), LoginThrottle.Limits.DEFAULT);

    /** Caller name and roles as kept in the session between requests. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential typed = context.getAuthParameters().getCredential();
        if (typed != null) {
            return loginFromForm(request, context, typed);
        }
        boolean api = isApiRequest(request.getRequestURI(), request.getContextPath());
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null) {
            return loginWithBasic(request, response, context, authorization);
        }
        Optional<SessionCaller> signedIn = sessionCaller(request);
        if (signedIn.isPresent()) {
            if (api && !SameOrigin.allows(request)) {
                return refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                        "requests that change data must come from the portal's own pages");
            }
            return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return challenge(request, response, "sign in with HTTP Basic credentials");
        }
        boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (isPageVisit(request)) {
            request.getSession().setAttribute(SESSION_CONTINUE, requestedPage(request));
        }
        if (sessionExpired) {
            request.getSession().setAttribute(SESSION_EXPIRED, Boolean.TRUE);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus loginFromForm(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        CredentialValidationResult result = credential instanceof UsernamePasswordCredential login
                ? validateUnlessThrottled(login, request.getRemoteAddr()).orElse(CredentialValidationResult.INVALID_RESULT)
                : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        // A new session id on login defeats session fixation.
        request.getSession().removeAttribute(SESSION_EXPIRED);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus loginWithBasic(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, String authorization) {
        Optional<UsernamePasswordCredential> credential = parseBasic(authorization);
        if (credential.isEmpty()) {
            // Liberty 26.0.0.5 then decodes a "Basic " header itself for its audit record and fails on one without a
            // colon; JsonErrors has closed the answer by then, so the client never sees that failure's error page.
            return challenge(request, response, "the Authorization header must be Basic base64(user:password)");
        }
        Optional<CredentialValidationResult> result = validateUnlessThrottled(credential.get(), request.getRemoteAddr());
        if (result.isEmpty()) {
            Duration wait = throttle.retryAfter(credential.get().getCaller(), request.getRemoteAddr()).orElse(Duration.ZERO);
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + 1)));
            return refuse(request, response, 429, "too many failed sign-ins; try again later");
        }
        if (result.get().getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(request, response, "wrong user name or password");
        }
        return context.notifyContainerAboutLogin(result.get());
    }

    /** The identity stores' verdict, or empty when the throttle refuses the attempt without asking them. */
    private Optional<CredentialValidationResult> validateUnlessThrottled(UsernamePasswordCredential login,
                                                                         String address) {
        if (throttle.retryAfter(login.getCaller(), address).isPresent()) {
            return Optional.empty();
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login.getCaller());
        } else {
            throttle.failed(login.getCaller(), address);
        }
        return Optional.of(result);
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /**
     * Answers with the API's JSON error body and the headers of every answer (the filters that set them do not run
     * for a refused request). SEND_CONTINUE, not SEND_FAILURE: the answer is complete, and on SEND_FAILURE Liberty
     * appends its own HTML error page to it.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String message) {
        SecurityHeadersFilter.addTo(request, response);
        try {
            JsonErrors.send(response, status, "$", message);
        } catch (IOException clientGone) {
            // nothing left to tell the client
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionCaller) session.getAttribute(SESSION_CALLER));
    }

    private static String requestedPage(HttpServletRequest request) {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? page : page + "?" + request.getQueryString();
    }

    /**
     * Only a GET of a page is worth returning to after login; not a postback, and not what the browser
     * fetches on its own meanwhile, such as /favicon.ico.
     */
    static boolean isPageVisit(HttpServletRequest request) {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (page.endsWith(".xhtml") || page.endsWith("/"));
    }

    static boolean isApiRequest(String requestUri, String contextPath) {
        String path = requestUri.substring(contextPath == null ? 0 : contextPath.length());
        return path.startsWith(API_PREFIX) || path.equals(API_PREFIX.substring(0, API_PREFIX.length() - 1));
    }

    /** Decodes {@code Basic base64(user:password)} (RFC 7617, UTF-8); empty when malformed. */
    static Optional<UsernamePasswordCredential> parseBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                new Password(decoded.substring(colon + 1))));
    }
}
