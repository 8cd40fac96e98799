package org.keelson.liberty.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;
import org.keelson.simulation.cli.GeneratedPlans;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Simulations over the real HTTP path of a running portal with the demo users (README, "Simulation speed"): for
 * KP-000 and a generated plan of 2,000 activities with 50 risk drivers (imported over REST once), the time from the
 * POST of a 10,000-iteration run, through polling its Location until it is done, to the run page's HTML (with its
 * chart's JSON) fetched by a signed-in session; then the latency of the portfolio and a plan page for another user,
 * idle and while twenty runs are queued or running. Run it with
 * {@code mvn -pl liberty -am -Psimulation-bench -DskipTests verify} (which starts the test server;
 * {@code -Dkeelson.bench.repeats=N} for N timed runs of each plan) or against any portal with {@code -Dkeelson.it.baseUrl=URL}. It writes runs and one
 * plan into that portal's database.
 */
public final class SimulationHttpBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATED_CODE = "BENCH-2000";
    private static final int ITERATIONS = 10_000;
    private static final int IN_FLIGHT = 20;
    /** Runs of each plan before timing: the server's JIT compiles the engine's hot loops in the first few. */
    private static final int WARM_UP = 10;
    /** How often the client asks for the run's status: a page that polls less often notices the end later. */
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient basic = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SimulationHttpBenchmark(URI base) {
        this.base = base;
    }

    /** Arguments: how many timed runs of each plan (default 15); the portal is {@code -Dkeelson.it.baseUrl}. */
    public static void main(String[] args) throws Exception {
        PortalReady.awaitPortal();
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        new SimulationHttpBenchmark(TestEnvironment.portalBaseUri()).run(repeats);
    }

    private void run(int repeats) throws Exception {
        System.out.printf(Locale.ROOT, "portal %s, %d cores seen by this client, load average %.1f; %d timed runs"
                + " of each plan after %d to warm up%n", base, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), repeats, WARM_UP);
        importGeneratedPlan();
        HttpClient pmo = signIn("pmo");
        HttpClient executive = signIn("executive");

        for (String code : List.of("KP-000", GENERATED_CODE)) {
            clickToCharts(pmo, code, WARM_UP);
            Samples total = new Samples();
            Samples done = new Samples();
            Samples engine = new Samples();
            String kernel = "";
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                JsonNode run = startAndAwait(code, "pmo");
                done.add(System.nanoTime() - start);
                fetchRunPage(pmo, code, run.get("id").asLong());
                total.add(System.nanoTime() - start);
                engine.add(Duration.between(Instant.parse(run.get("startedAt").asText()),
                        Instant.parse(run.get("finishedAt").asText())).toNanos());
                kernel = run.get("kernel").asText();
            }
            System.out.printf(Locale.ROOT, "%s x %,d iterations (kernel %s)%n  POST to charts: %s%n"
                    + "  POST to done:   %s%n  started to finished (server clock): %s%n", code, ITERATIONS, kernel,
                    total, done, engine);
        }

        String plan = "plan/plan.xhtml?code=KP-001";
        Samples idlePortfolio = pageLatency(executive, "portfolio.xhtml", 40, null);
        Samples idlePlan = pageLatency(executive, plan, 40, null);
        List<String> locations = new ArrayList<>();
        List<String> starters = List.of("pmo", "risk", "admin");
        for (int i = 0; i < IN_FLIGHT; i++) {
            locations.add(start(GENERATED_CODE, starters.get(i % starters.size())));
        }
        long loadStart = System.nanoTime();
        Samples busyPortfolio = new Samples();
        Samples busyPlan = new Samples();
        while (!allEnded(locations)) {
            pageLatency(executive, "portfolio.xhtml", 1, busyPortfolio);
            pageLatency(executive, plan, 1, busyPlan);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(Locale.ROOT, "pages as executive, idle:%n  portfolio.xhtml: %s%n  %s: %s%n", idlePortfolio,
                plan, idlePlan);
        System.out.printf(Locale.ROOT, "load average %.1f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "pages as executive while %d runs of %s were queued or running (%.1f s):%n"
                + "  portfolio.xhtml: %s%n  %s: %s%n", IN_FLIGHT, GENERATED_CODE, loadSeconds, busyPortfolio, plan,
                busyPlan);
    }

    private void importGeneratedPlan() throws IOException, InterruptedException {
        Plan plan = GeneratedPlans.network(2_000, 50, 7);
        if (!plan.code().equals(GENERATED_CODE)) {
            throw new IllegalStateException("generated plan " + plan.code() + ", expected " + GENERATED_CODE);
        }
        HttpResponse<String> imported = basic.send(authorised("api/plans", "pmo").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(new PlanJson().write(plan))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201 && imported.statusCode() != 409) {
            throw new IllegalStateException("import of " + GENERATED_CODE + ": " + imported.statusCode() + " "
                    + imported.body());
        }
        System.out.printf(Locale.ROOT, "%s: %d activities, %d risks (%s)%n", GENERATED_CODE, plan.wbs().size(),
                plan.risks().size(), imported.statusCode() == 201 ? "imported" : "already there");
    }

    private void clickToCharts(HttpClient session, String code, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            fetchRunPage(session, code, startAndAwait(code, "pmo").get("id").asLong());
        }
    }

    private JsonNode startAndAwait(String code, String user) throws Exception {
        String location = start(code, user);
        while (true) {
            JsonNode run = JSON.readTree(send(basic, authorised(location, user).GET().build(), 200));
            String status = run.get("status").asText();
            if (status.equals("done")) {
                return run;
            }
            if (!status.equals("queued") && !status.equals("running")) {
                throw new IllegalStateException("run " + location + " ended " + status + ": " + run);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private String start(String code, String user) throws IOException, InterruptedException {
        HttpResponse<String> started = basic.send(authorised("api/plans/" + code + "/simulations", user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"iterations\": " + ITERATIONS + ", \"seed\": 11}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST of a run of " + code + ": " + started.statusCode() + " "
                    + started.body());
        }
        return started.headers().firstValue("Location").orElseThrow();
    }

    private boolean allEnded(List<String> locations) throws IOException, InterruptedException {
        for (String location : locations) {
            String status = JSON.readTree(send(basic, authorised(location, "pmo").GET().build(), 200)).get("status")
                    .asText();
            if (status.equals("queued") || status.equals("running")) {
                return false;
            }
        }
        return true;
    }

    private void fetchRunPage(HttpClient session, String code, long id) throws IOException, InterruptedException {
        String html = send(session, HttpRequest.newBuilder(base.resolve("simulation/run.xhtml?code=" + code + "&id="
                + id)).GET().build(), 200);
        if (!html.contains("finishChart") || !html.contains("\"datasets\"")) {
            throw new IllegalStateException("run page of " + code + " run " + id + " without its chart's JSON");
        }
    }

    private Samples pageLatency(HttpClient session, String page, int times, Samples into)
            throws IOException, InterruptedException {
        Samples samples = into == null ? new Samples() : into;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            send(session, HttpRequest.newBuilder(base.resolve(page)).GET().build(), 200);
            samples.add(System.nanoTime() - start);
        }
        return samples;
    }

    /** A session signed in through the login form, as a browser is. */
    private HttpClient signIn(String user) throws IOException, InterruptedException {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = send(session, HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(), 200);
        Matcher viewState = VIEW_STATE.matcher(login);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = String.join("&", "loginForm_SUBMIT=1", "loginForm:username=" + user,
                "loginForm:password=" + user + "-demo", "loginForm:submit=",
                "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8))
                .replace(":", "%3A");
        send(session, HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200);
        String portfolio = send(session, HttpRequest.newBuilder(base.resolve("portfolio.xhtml")).GET().build(), 200);
        if (portfolio.contains("id=\"loginForm\"")) {
            throw new IllegalStateException(user + " could not sign in");
        }
        return session;
    }

    private HttpRequest.Builder authorised(String pathOrUri, String user) {
        String credentials = user + ":" + user + "-demo";
        return HttpRequest.newBuilder(base.resolve(pathOrUri)).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static String send(HttpClient client, HttpRequest request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode());
        }
        return response.body();
    }

    /** Durations in nanoseconds, summarised as fastest, median, p95 and slowest. */
    private static final class Samples {
        private long[] values = new long[16];
        private int count;

        void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        @Override
        public String toString() {
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "fastest %s, median %s, p95 %s, slowest %s (%d)", ms(sorted[0]),
                    ms(sorted[count / 2]), ms(sorted[Math.min(count - 1, (int) Math.ceil(count * 0.95) - 1)]),
                    ms(sorted[count - 1]), count);
        }

        private static String ms(long nanos) {
            return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
        }
    }
}
