package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/** Plain HTTP against the assembled server that the build started with the portal WAR. */
@ExtendWith(PortalReady.class)
class SecuritySystemIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void apiWithoutCredentialsGetsABasicChallenge() throws Exception {
        HttpResponse<String> response = get("api/me", null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Keelson API\""),
                response.headers().toString());
    }

    @Test
    void apiRefusesWrongPasswordsAndUnknownUsers() throws Exception {
        assertEquals(401, get("api/me", basic("pmo", "wrong-password")).statusCode());
        assertEquals(401, get("api/me", basic("nobody", "pmo-demo")).statusCode());
    }

    @Test
    void apiTellsEachDemoUserItsRole() throws Exception {
        for (DemoUser user : DemoUser.values()) {
            HttpResponse<String> response = get("api/me", basic(user.username(), user.password()));

            assertEquals(200, response.statusCode(), user + ": " + response.body());
            assertTrue(response.body().contains("\"username\":\"" + user.username() + "\""), response.body());
            assertTrue(response.body().contains("\"roles\":[\"" + user.name() + "\"]"), response.body());
        }
    }

    @Test
    void pagesRedirectSignedOutVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("portfolio.xhtml", null);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                response.headers().toString());
    }

    @Test
    void loginPageIsPublicAndFollowsTheBrowserLanguage() throws Exception {
        HttpResponse<String> chinese = send(request("login.xhtml").header("Accept-Language", "zh-CN,zh;q=0.9").build());
        HttpResponse<String> english = send(request("login.xhtml").header("Accept-Language", "en-US,en;q=0.9").build());

        assertEquals(200, chinese.statusCode());
        assertTrue(chinese.body().contains("lang=\"zh-CN\"") && chinese.body().contains("登录"), chinese.body());
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\"") && english.body().contains("Sign in"), english.body());
    }

    @Test
    void signedInPagesSetNoSingleSignOnCookieAndLogNoError() throws Exception {
        HttpClient browser = PortalHttp.signedIn(DemoUser.FINANCE);
        Path log = Path.of("target", "liberty", "wlp", "usr", "servers", "keelson-it", "logs", "messages.log");
        long errorsBefore = Files.exists(log) ? errorLines(log) : 0;

        HttpResponse<String> page = browser.send(request("portfolio.xhtml").build(), PortalHttp.utf8());

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("LtpaToken2")),
                page.headers().toString());
        if (Files.exists(log)) { // the build's own server; a server given by keelson.it.baseUrl keeps its log elsewhere
            assertEquals(errorsBefore, errorLines(log), "errors logged while serving a signed-in page");
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = get("login.xhtml", null);

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("(no session cookie) " + login.headers());
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aPageAskedForWithAnEndedSessionSaysSoOnTheLoginPage() throws Exception {
        HttpClient signedIn = PortalHttp.signedIn(DemoUser.RISK_OWNER);
        String live = ((CookieManager) signedIn.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        // The same shape as the server's ids, one that it never issued: as a timed-out session's id looks to it.
        String endedId = live.substring(0, 4) + new StringBuilder(live.substring(4, 27)).reverse() + live.substring(27);
        HttpResponse<String> redirect = http.send(request("plan/wbs.xhtml?code=KP-001")
                .header("Cookie", "JSESSIONID=" + endedId).build(), PortalHttp.utf8());
        String newSession = redirect.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];

        assertEquals(302, redirect.statusCode(), redirect.body());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                redirect.headers().toString());
        HttpResponse<String> page = http.send(request("login.xhtml").header("Cookie", newSession).build(),
                PortalHttp.utf8());
        String body = page.body();
        assertTrue(body.contains("id=\"loginForm:sessionExpired\"")
                && (body.contains("Your session has ended") || body.contains("您的会话已结束")),
                body);
    }

    /** Lines of Liberty's log at level E (error). */
    private static long errorLines(Path log) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.matches("^\\[[^]]+] \\S+ \\S+\\s+E .*")).count();
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static HttpRequest.Builder request(String path) {
        URI uri = TestEnvironment.portalBaseUri().resolve(path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
