package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keelson.liberty.support.PortalHttp.basic;
import static org.keelson.liberty.support.PortalHttp.utf8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/**
 * What an attacker or a careless client sends the assembled server (issue 16): every refusal is the API's JSON error
 * body with the right status, never a stack trace, SQL or a library's name.
 */
@ExtendWith(PortalReady.class)
class HostileProbeSystemIT {
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void malformedAuthorizationHeadersGet401WithAJsonBody() throws Exception {
        for (String header : List.of("Basic cG1v", "Basic !!!", "Bearer x")) {
            HttpResponse<String> response = send(request("api/me").header("Authorization", header).GET().build());

            assertEquals(401, response.statusCode(), header + ": " + response.body());
            assertJsonError(response);
        }
    }

    @Test
    void everyApiErrorHasTheErrorsContract() throws Exception {
        HttpResponse<String> unknown = send(request("api/no-such-thing", DemoUser.EXECUTIVE).GET().build());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertJsonError(unknown);

        HttpResponse<String> method = send(request("api/plans", DemoUser.PMO).DELETE().build());
        assertEquals(405, method.statusCode(), method.body());
        assertJsonError(method);
        assertTrue(method.body().contains("GET") && method.body().contains("POST"), method.body());

        HttpResponse<String> mediaType = send(request("api/plans", DemoUser.PMO).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, mediaType.statusCode(), mediaType.body());
        assertJsonError(mediaType);
        assertTrue(mediaType.body().contains("application/json"), mediaType.body());

        HttpResponse<String> accept = send(request("api/plans", DemoUser.EXECUTIVE).header("Accept", "application/xml")
                .GET().build());
        assertEquals(406, accept.statusCode(), accept.body());
        assertJsonError(accept);

        for (String malformed : List.of("{\"code\": \"IT-X\"", "{} trailing", "{\"code\": 12 12}")) {
            HttpResponse<String> response = send(postPlan(malformed, DemoUser.PMO));
            assertEquals(400, response.statusCode(), malformed + ": " + response.body());
            assertJsonError(response);
            assertTrue(response.body().contains("line"), response.body());
        }
    }

    @Test
    void tenSimultaneousImportsOfOneNewCodeGiveOneCreatedAndNineConflicts() throws Exception {
        String code = "IT-RACE-" + System.nanoTime() % 1_000_000_000L;
        String plan = send(request("api/plans/KP-000", DemoUser.EXECUTIVE).GET().build()).body()
                .replaceFirst("\"code\": \"KP-000\"", "\"code\": \"" + code + "\"");
        List<Callable<HttpResponse<String>>> imports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            imports.add(() -> send(postPlan(plan, DemoUser.PMO)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : threads.invokeAll(imports)) {
                responses.add(answer.get());
            }
        } finally {
            threads.shutdown();
        }

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 9L), statuses, responses.stream().map(HttpResponse::body).toList().toString());
        responses.stream().filter(r -> r.statusCode() == 409).forEach(HostileProbeSystemIT::assertJsonError);
    }

    @Test
    void lowerCaseTwinAndPathLikeCodesAreRefused() throws Exception {
        String plan = send(request("api/plans/KP-000", DemoUser.EXECUTIVE).GET().build()).body();

        HttpResponse<String> twin = send(postPlan(plan.replaceFirst("\"code\": \"KP-000\"", "\"code\": \"kp-000\""),
                DemoUser.PMO));
        HttpResponse<String> dots = send(postPlan(plan.replaceFirst("\"code\": \"KP-000\"", "\"code\": \"../X\""),
                DemoUser.PMO));

        assertEquals(409, twin.statusCode(), twin.body());
        assertEquals(400, dots.statusCode(), dots.body());
        assertTrue(dots.body().contains("\"path\":\"code\""), dots.body());
    }

    @Test
    void loneSurrogateIsRefusedWithItsPath() throws Exception {
        String plan = send(request("api/plans/KP-000", DemoUser.EXECUTIVE).GET().build()).body()
                .replaceFirst("\"code\": \"KP-000\"", "\"code\": \"IT-SURROGATE\"")
                .replaceFirst("\"zh\": \"", "\"zh\": \"\\\\ud800");

        HttpResponse<String> response = send(postPlan(plan, DemoUser.PMO));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"path\":\"name.zh\""), response.body());
        assertEquals(404, send(request("api/plans/IT-SURROGATE", DemoUser.EXECUTIVE).GET().build()).statusCode());
    }

    @Test
    void oversizedBodyIsRefusedWith413() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(eleven, (byte) ' ');

        HttpResponse<String> declared = send(request("api/plans", DemoUser.PMO).expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(eleven)).build());
        HttpResponse<String> chunked = send(request("api/plans", DemoUser.PMO)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(eleven))).build());

        assertEquals(413, declared.statusCode(), declared.body());
        assertJsonError(declared);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertJsonError(chunked);
    }

    @Test
    void repeatedFailuresAreThrottledTheSameForUnknownUsers() throws Exception {
        String nobody = "probe-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, send(request("api/me").header("Authorization", basic(nobody, "guess-" + attempt))
                    .GET().build()).statusCode(), "attempt " + attempt);
        }

        HttpResponse<String> throttled = send(request("api/me").header("Authorization", basic(nobody, "guess-6"))
                .GET().build());

        assertEquals(429, throttled.statusCode(), throttled.body());
        assertJsonError(throttled);
        assertTrue(Integer.parseInt(throttled.headers().firstValue("Retry-After").orElse("0")) > 0,
                throttled.headers().toString());
    }

    @Test
    void pageSessionNeitherOverridesWrongBasicCredentialsNorServesOtherOrigins() throws Exception {
        HttpClient browser = PortalHttp.signedIn(DemoUser.PMO);
        URI me = TestEnvironment.portalBaseUri().resolve("api/me");

        HttpResponse<String> bySession = browser.send(HttpRequest.newBuilder(me).GET().build(), utf8());
        HttpResponse<String> wrongBasic = browser.send(HttpRequest.newBuilder(me)
                .header("Authorization", basic("pmo", "wrong-password")).GET().build(), utf8());
        HttpResponse<String> crossSite = browser.send(request("api/plans").header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), utf8());
        String ownOrigin = TestEnvironment.portalBaseUri().resolve("/").toString().replaceAll("/$", "");
        HttpResponse<String> sameSite = browser.send(request("api/plans").header("Content-Type", "application/json")
                .header("Origin", ownOrigin).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), utf8());

        assertEquals(200, bySession.statusCode(), "the session signs in pages' own API calls: " + bySession.body());
        assertEquals(401, wrongBasic.statusCode(), wrongBasic.body());
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertJsonError(crossSite);
        assertEquals(400, sameSite.statusCode(), "own origin reaches the import: " + sameSite.body());
    }

    @Test
    void responsesCarrySecurityHeadersAndNoServerBanner() throws Exception {
        HttpResponse<String> page = send(request("login.xhtml").GET().build());
        HttpResponse<String> api = send(request("api/me", DemoUser.EXECUTIVE).GET().build());

        for (HttpResponse<String> response : List.of(page, api)) {
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("nosniff", header(response, "X-Content-Type-Options"));
            assertEquals("DENY", header(response, "X-Frame-Options"));
            assertEquals("same-origin", header(response, "Referrer-Policy"));
            assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertTrue(header(response, "Cache-Control").startsWith("no-store"), header(response, "Cache-Control"));
            assertFalse(response.headers().firstValue("Server").isPresent(), response.headers().toString());
            assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), response.headers().toString());
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS on HTTPS only");
        }
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(missing " + name + ")");
    }

    private static void assertJsonError(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        String body = response.body();
        assertTrue(body.startsWith("{\"errors\":[{") && body.contains("\"path\":") && body.endsWith("}]}"), body);
        for (String leak : List.of("Exception", "\tat ", "com.ibm", "jackson", "hibernate", "SQL", "org.keelson")) {
            assertFalse(body.contains(leak), leak + " in " + body);
        }
    }

    private static HttpRequest postPlan(String json, DemoUser user) {
        return request("api/plans", user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder request(String path, DemoUser user) {
        return request(path).header("Authorization", basic(user.username(), user.password()));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, utf8());
    }

}
