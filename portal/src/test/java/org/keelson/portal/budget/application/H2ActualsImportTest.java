package org.keelson.portal.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.application.PlanConflictException;
import org.keelson.portal.plan.application.PlanEditRefusedException;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.reports.actuals.ActualsReader.Format;
import org.keelson.simulation.plan.edit.Actuals;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.ValidationError;

/** Actuals uploads on KP-001 in a Flyway-migrated H2 database: previewed, written whole or not at all, audited. */
class H2ActualsImportTest {
    private static final Path KP_001 = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");
    private static final Quarter Q3_2025 = Quarter.parse("2025-Q3");
    private static final byte[] GOOD = "category,quarter,actual\nPLAT,2025-Q3,4000000\n".getBytes(StandardCharsets.UTF_8);
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    /** Each test starts from KP-001 as the sample has it, whatever the previous test wrote. */
    @BeforeEach
    void importKp001Afresh() throws IOException {
        database.deleteAllPlans();
        Plan plan = new PlanJson().read(Files.readString(KP_001));
        database.runInTransaction(em -> new PlanService(em).importPlan(plan));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static ActualsImport actuals(EntityManager em) {
        ActualsImport actuals = new ActualsImport();
        actuals.editing = new PlanEditing(em);
        return actuals;
    }

    private PlanEditing.Versioned<Plan> stored() {
        return database.inTransaction(em -> new PlanEditing(em).find("KP-001"));
    }

    private double storedPlat2025Q3() {
        return stored().value().budget().lines().stream()
                .filter(l -> l.category().equals("PLAT") && l.quarter().equals(Q3_2025)).findFirst().orElseThrow()
                .actual();
    }

    @Test
    void aPreviewShowsTheChangesAndWritesNothing() {
        long version = stored().version();

        ActualsImport.Preview preview = database.inTransaction(em -> actuals(em).preview("KP-001", GOOD, Format.CSV,
                Locale.ENGLISH));

        assertEquals(List.of(new Actuals.Change("PLAT", Q3_2025, 3_924_000.0, 4_000_000)), preview.changes());
        assertEquals(version, preview.version());
        assertEquals(version, stored().version());
        assertEquals(3_924_000, storedPlat2025Q3());
    }

    @Test
    void anUploadIsWrittenAndAuditedAsAnActualsImport() {
        long version = stored().version();

        ActualsImport.Written written = database.inTransaction(em -> actuals(em).upload("KP-001", version, "finance",
                GOOD, Format.CSV, Locale.ENGLISH));

        assertEquals(List.of(new Actuals.Change("PLAT", Q3_2025, 3_924_000.0, 4_000_000)), written.changes());
        assertEquals(written.version(), stored().version());
        assertEquals(4_000_000, storedPlat2025Q3());
        var revision = database.inTransaction(em -> new PlanEditing(em).history("KP-001", 0, 1)).get(0);
        assertEquals("IMPORT_ACTUALS", revision.action());
        assertEquals("finance", revision.user());
    }

    @Test
    void anUploadWithAProblemWritesNothing() {
        long version = stored().version();
        byte[] bad = "category,quarter,actual\nPLAT,2025-Q3,4000000\nPLAT,2025-Q4,lots\n"
                .getBytes(StandardCharsets.UTF_8);

        PlanEditRefusedException refused = assertThrows(PlanEditRefusedException.class,
                () -> database.runInTransaction(em -> actuals(em).upload("KP-001", version, "finance", bad, Format.CSV,
                        Locale.ENGLISH)));

        assertEquals(List.of(new ValidationError("line 3", "not a number: \"lots\"")), refused.problems());
        assertEquals(version, stored().version());
        assertEquals(3_924_000, storedPlat2025Q3());
    }

    @Test
    void anUploadOnAnOlderVersionIsAConflict() {
        long version = stored().version();
        database.inTransaction(em -> actuals(em).upload("KP-001", version, "finance", GOOD, Format.CSV,
                Locale.ENGLISH));

        assertThrows(PlanConflictException.class, () -> database.runInTransaction(em -> actuals(em).upload("KP-001",
                version, "pmo", "category,quarter,actual\nPLAT,2025-Q3,1\n".getBytes(StandardCharsets.UTF_8),
                Format.CSV, Locale.ENGLISH)));
        assertEquals(4_000_000, storedPlat2025Q3());
    }
}
