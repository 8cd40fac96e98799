package org.keelson.portal.plan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.portal.plan.application.PortfolioOrder;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.application.PlanEntityMapper;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Times the portfolio's database work at 500 plans: the count and one page of 25 summaries from the read model, as
 * the portfolio page asks for them, against summarising every plan from its full graph (the portfolio before the
 * read model). The plans are the five sample plans copied under new codes, in an in-memory H2 database migrated by
 * the real Flyway scripts. Run (README, "Portfolio speed"):
 * <pre>mvn -q -pl portal -am -Pportfolio-bench -DskipTests integration-test</pre>
 */
public final class PortfolioBenchmark {
    private static final int PLANS = 500;
    private static final int PAGE = 25;
    private static final int WARM_UP = 200;
    private static final int RUNS = 500;
    private static final int GRAPH_RUNS = 5;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "../sample-plans");
        List<String> documents = readSamples(samples);
        try (TestDatabase database = TestDatabase.h2()) {
            long importStart = System.nanoTime();
            PlanJson json = new PlanJson();
            for (int i = 0; i < PLANS; i++) {
                Plan plan = json.read(withCode(documents.get(i % documents.size()), "BENCH-%03d".formatted(i)));
                database.runInTransaction(em -> new PlanService(em).importPlan(plan));
            }
            System.out.printf("imported %d plans in %.1f s%n", PLANS, (System.nanoTime() - importStart) / 1e9);

            Timings.report("read model, first page by code", Timings.time(WARM_UP, RUNS, () -> database.inTransaction(em -> {
                PlanService plans = new PlanService(em);
                return plans.countPlans() + plans.listSummaries(0, PAGE, PortfolioOrder.BY_CODE).size();
            })));
            PortfolioOrder byRisk = new PortfolioOrder(PortfolioOrder.Column.HIGH_RISKS, false);
            Timings.report("read model, page 10 by high risks", Timings.time(WARM_UP, RUNS, () -> database.inTransaction(em -> {
                PlanService plans = new PlanService(em);
                return plans.countPlans() + plans.listSummaries(9 * PAGE, PAGE, byRisk).size();
            })));
            Timings.report("full plan graphs, all plans summarised", Timings.time(1, GRAPH_RUNS, () -> database.inTransaction(em ->
                    em.createQuery("select p from PlanEntity p order by p.code", PlanEntity.class).getResultStream()
                            .map(e -> PlanSummary.of(PlanEntityMapper.toRecord(e)))
                            .count())));
        }
    }

    private static List<String> readSamples(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> documents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.add(Files.readString(file));
            }
            if (documents.isEmpty()) {
                throw new IllegalArgumentException("No sample plans in " + directory.toAbsolutePath());
            }
            return documents;
        }
    }

    /** The plan document with its own code (the first "code" member, the plan's) replaced. */
    private static String withCode(String document, String code) {
        return document.replaceFirst("\"code\"\\s*:\\s*\"[^\"]*\"", "\"code\": \"" + code + "\"");
    }
}
