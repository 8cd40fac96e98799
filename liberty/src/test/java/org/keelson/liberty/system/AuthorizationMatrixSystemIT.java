package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/**
 * Sends every request of the authorisation matrix (src/docs/authorization.md) as every role and as an anonymous
 * visitor, and checks each answer against the matrix's cell. Writes carry bodies that validation refuses (or address
 * a run that has ended), so allowed roles get 400/404/409 and nothing is written.
 */
@ExtendWith(PortalReady.class)
class AuthorizationMatrixSystemIT {

    private static final Path MATRIX = Path.of("..", "src", "docs", "authorization.md");
    private static final Pattern HEADER = Pattern.compile("^\\| Request \\|(.*)\\|$");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) ([^`]+)` \\|(.*)\\|$");
    private static final String ANONYMOUS = "Anonymous";
    private static final String PLAN = "KP-001";

    private static final HttpClient ANONYMOUS_CLIENT = PortalHttp.client();
    /** Signed in once per role: the login throttle counts sign-ins per address. */
    private static final Map<DemoUser, HttpClient> SESSIONS = new EnumMap<>(DemoUser.class);
    private static long finishedRun;

    @BeforeAll
    static void finishedRunOfTheSamplePlan() throws Exception {
        HttpResponse<String> started = ANONYMOUS_CLIENT.send(api("POST", "api/plans/" + PLAN + "/simulations",
                "{\"iterations\": 200, \"seed\": 1}").header("Authorization", PortalHttp.basic(DemoUser.PMO)).build(),
                PortalHttp.utf8());
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        finishedRun = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> run = ANONYMOUS_CLIENT.send(api("GET", "api/plans/" + PLAN + "/simulations/"
                    + finishedRun, null).header("Authorization", PortalHttp.basic(DemoUser.PMO)).build(), PortalHttp.utf8());
            if (run.body().contains("\"status\":\"done\"")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("run " + finishedRun + " did not finish: " + run.body());
            }
            Thread.sleep(200);
        }
    }

    /** One argument set per cell of the matrix: method, path, who, expected answer. */
    static Stream<Arguments> cells() throws IOException {
        List<Arguments> cells = new ArrayList<>();
        List<String> columns = List.of();
        for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                columns = cellsOf(header.group(1));
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> expected = cellsOf(row.group(3));
                assertEquals(columns.size(), expected.size(), line);
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(Arguments.of(row.group(1), row.group(2), columns.get(c), expected.get(c)));
                }
            }
        }
        assertTrue(cells.size() > 100, "the matrix has its rows: " + cells.size());
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(String method, String pathTemplate, String who, String expected) throws Exception {
        String path = pathTemplate.substring(1).replace("{code}", PLAN).replace("{id}", Long.toString(finishedRun))
                .replace("{kind}", "budget").replace("{chart}", "finish").replace("{wbs}", "1.1")
                .replace("{milestone}", "M01").replace("{name}", "BL0").replace("{move}", "indent")
                .replace("{risk}", "R01");
        boolean isApi = path.startsWith("api/");
        HttpRequest.Builder request = api(method, path, refusedBody(method, pathTemplate));
        HttpClient client = ANONYMOUS_CLIENT;
        if (!who.equals(ANONYMOUS)) {
            DemoUser user = DemoUser.valueOf(who);
            if (isApi) {
                request.header("Authorization", PortalHttp.basic(user));
            } else {
                client = session(user);
            }
        }
        HttpResponse<String> response = client.send(request.build(), PortalHttp.utf8());
        int status = response.statusCode();
        String answer = method + " " + path + " as " + who + " answered " + status + ": " + response.body();

        switch (expected) {
            case "✓" -> assertTrue(isApi ? status < 500 && status != 401 && status != 403 : status == 200, answer);
            case "login" -> {
                assertEquals(302, status, answer);
                assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), answer);
            }
            case "401", "403", "404" -> assertEquals(Integer.parseInt(expected), status, answer);
            default -> fail("unknown cell '" + expected + "' in " + MATRIX);
        }
    }

    /** A body the operation refuses after authorisation: the allowed roles write nothing either. */
    private static String refusedBody(String method, String pathTemplate) {
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return null;
        }
        return switch (pathTemplate) {
            case "/api/plans" -> "{}";
            // no ?code=: refused before the file is read
            case "/api/plans/import" -> "{}";
            case "/api/plans/{code}/simulations" -> "{\"iterations\": 0}";
            // element writes: refused with 428 for want of If-Match before the body is read
            case "/api/plans/{code}/activities", "/api/plans/{code}/activities/{wbs}",
                    "/api/plans/{code}/activities/{wbs}/{move}", "/api/plans/{code}/milestones",
                    "/api/plans/{code}/milestones/{milestone}", "/api/plans/{code}/status-updates",
                    "/api/plans/{code}/baselines", "/api/plans/{code}/baselines/{name}/compare",
                    "/api/plans/{code}/risks",
                    "/api/plans/{code}/risks/{risk}", "/api/plans/{code}/budget",
                    "/api/plans/{code}/budget/reserve-drawdowns", "/api/plans/{code}/actuals" -> "{}";
            // the sample plan is not deleted: restoring it answers 404
            case "/api/deleted-plans/{code}/restore" -> "{}";
            default -> throw new IllegalStateException("no refused body known for " + method + " " + pathTemplate
                    + ": add one so the matrix test writes nothing");
        };
    }

    private static HttpRequest.Builder api(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static synchronized HttpClient session(DemoUser user) {
        return SESSIONS.computeIfAbsent(user, u -> {
            try {
                return PortalHttp.signedIn(u);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> cellsOf(String cells) {
        return Stream.of(cells.split("\\|")).map(String::strip).toList();
    }
}
