package org.keelson.portal.risk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditRefusedException;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.risk.Risk;

/** The register's rules and its history on KP-000 in a Flyway-migrated H2 database, audited by Envers. */
class H2RiskEditingTest {
    private static final Path KP_000 = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json");
    private static final RiskEditor PMO = new RiskEditor("pmo", true, false);
    private static final RiskEditor RISK_OWNER = new RiskEditor("risk", false, true);
    private static final RiskEditor EXECUTIVE = new RiskEditor("executive", false, false);
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void importKp000() throws IOException {
        Plan plan = new PlanJson().read(Files.readString(KP_000));
        database.runInTransaction(em -> new PlanService(em).importPlan(plan));
    }

    @AfterEach
    void deleteAllPlans() {
        database.deleteAllPlans();
    }

    @Test
    void aRiskOwnerReScoresTheirRiskAndTheHistoryKeepsEachAssessmentWithWho() {
        update("R01", PMO, "{\"owner\": \"risk\"}");
        update("R01", RISK_OWNER, "{\"probability\": 2, \"residualProbability\": 1}");
        update("R01", RISK_OWNER, "{\"category\": \"technology\"}");

        List<RiskHistory.Score> scores = database.inTransaction(em -> new RiskHistory(em).scores("KP-000", "R01"));

        assertEquals(2, scores.size(), "the import's assessment and the re-score; other saves changed no score");
        assertEquals(15, scores.get(0).score());
        assertEquals(8, scores.get(0).residualScore());
        assertEquals("risk", scores.get(1).user());
        assertEquals(10, scores.get(1).score());
        assertEquals(4, scores.get(1).residualScore());
    }

    @Test
    void aRiskOwnerMayNotChangeAnotherOwnersRiskAndReadersMayChangeNone() {
        long version = version();

        assertThrows(RiskEditNotAllowedException.class, () -> update("R02", RISK_OWNER, "{\"impact\": 1}"));
        assertThrows(RiskEditNotAllowedException.class, () -> update("R02", EXECUTIVE, "{\"impact\": 1}"));
        assertThrows(RiskEditNotAllowedException.class, () -> database.inTransaction(em -> editing(em)
                .log("KP-000", version, EXECUTIVE, "R13", PlanEdits.add(PlanSection.RISKS, risk("R13", "risk")))));

        assertEquals(version, version(), "nothing written");
    }

    @Test
    void anOwnerMustBeAUserWhoMayOwnRisks() {
        PlanEditRefusedException refused = assertThrows(PlanEditRefusedException.class,
                () -> update("R02", PMO, "{\"owner\": \"finance\"}"));

        assertEquals(List.of(new ValidationError("risks[1].owner",
                "\"finance\" is not a user with the risk-owner or PMO role")), refused.problems());
    }

    @Test
    void aRiskOwnerLogsARiskUnderTheNextCodeAndTheHeatMapOfThePastHasNoneOfItYet() {
        Plan stored = database.inTransaction(em -> new PlanEditing(em).find("KP-000")).value();
        String code = RiskEditing.nextCode(stored.risks());
        database.inTransaction(em -> editing(em).log("KP-000", version(), RISK_OWNER, code,
                PlanEdits.add(PlanSection.RISKS, risk(code, "risk"))));

        List<Risk> today = database.inTransaction(em -> new RiskHistory(em).risksAt("KP-000", LocalDate.now()));
        List<Risk> yesterday = database.inTransaction(em -> new RiskHistory(em).risksAt("KP-000",
                LocalDate.now().minusDays(1)));

        assertEquals("R13", code);
        assertEquals(13, today.size());
        assertEquals(List.of("R13", "risk", 20), List.of(today.get(12).code(), today.get(12).owner(),
                today.get(12).score()));
        assertEquals(List.of(), yesterday, "the plan was imported today");
    }

    private void update(String risk, RiskEditor editor, String patch) {
        PlanEdit edit = PlanEdits.patch(PlanSection.RISKS, risk, patch);
        database.inTransaction(em -> editing(em).update("KP-000", risk, version(), editor, edit));
    }

    private long version() {
        return database.inTransaction(em -> new PlanEditing(em).find("KP-000")).version();
    }

    private static String risk(String code, String owner) {
        return "{\"code\": \"" + code + "\", \"title\": {\"zh\": \"新风险\", \"en\": \"New risk\"}, \"owner\": \""
                + owner + "\", \"probability\": 4, \"impact\": 5, \"activities\": [\"1.1\"]}";
    }

    /** The service over {@code em}, with the demo users who may own risks (the users table is not under test). */
    private static RiskEditing editing(EntityManager em) {
        RiskEditing editing = new RiskEditing();
        editing.editing = new PlanEditing(em);
        editing.owners = new RiskOwners() {
            @Override
            public List<Owner> all() {
                return List.of(new Owner("pmo", "PMO"), new Owner("risk", "Risk owner"));
            }
        };
        return editing;
    }
}
