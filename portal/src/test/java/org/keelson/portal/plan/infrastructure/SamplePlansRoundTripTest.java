package org.keelson.portal.plan.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.TransactionPerCallPlanService;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Every plan of the repository's sample-plans/ survives import into the database and export again:
 * the exported JSON is byte for byte what the codec writes for the file's plan.
 */
class SamplePlansRoundTripTest {
    private static final Path SAMPLE_PLANS = Path.of("..", "sample-plans");
    private static final PlanJson PLAN_JSON = new PlanJson();
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void samplePlansExportAsImported() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(SAMPLE_PLANS) ? Files.list(SAMPLE_PLANS) : Stream.empty()) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no sample plans in " + SAMPLE_PLANS.toAbsolutePath());
        TransactionPerCallPlanService plans = new TransactionPerCallPlanService(database);

        for (Path file : files) {
            Plan imported;
            try (InputStream in = Files.newInputStream(file)) {
                imported = PLAN_JSON.read(in);
            }
            plans.importPlan(imported);

            Plan exported = plans.findPlan(imported.code()).orElseThrow();

            assertEquals(imported, exported, file.toString());
            assertEquals(PLAN_JSON.write(imported), PLAN_JSON.write(exported), file.toString());
        }
    }
}
