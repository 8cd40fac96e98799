package org.keelson.liberty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HTTP clients of the assembled server as its two kinds of callers are: programs with Basic, people with a session. */
public final class PortalHttp {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PortalHttp() {
    }

    /** A client that follows no redirects, so tests see the 302 to the login page. */
    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client holding the session cookie of {@code user}, signed in through the login page as a browser would. */
    public static HttpClient signedIn(DemoUser user) throws IOException, InterruptedException {
        return signedIn(user, "zh-CN");
    }

    /** Signed in from a browser preferring {@code language}, which the session's pages then speak. */
    public static HttpClient signedIn(DemoUser user, String language) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        URI login = TestEnvironment.portalBaseUri().resolve("login.xhtml");
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(login).header("Accept-Language", language)
                .GET().build(), utf8());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), form.body());
        String fields = Map.of("loginForm_SUBMIT", "1", "loginForm:username", user.username(),
                        "loginForm:password", user.password(), "loginForm:submit", "", "jakarta.faces.ViewState",
                        viewState.group(1)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), utf8());
        assertEquals(302, signedIn.statusCode(), "login redirects to the portal: " + signedIn.body());
        return browser;
    }

    /** The {@code Authorization} header value of HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String basic(DemoUser user) {
        return basic(user.username(), user.password());
    }

    public static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
