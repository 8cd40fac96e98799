package org.keelson.portal.plan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.TransactionPerCallPlanEditing;
import org.keelson.portal.plan.TransactionPerCallPlanService;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

class PlansResourceTest {
    private static final PlanJson PLAN_JSON = new PlanJson();
    private static TestDatabase database;
    private PlansResource resource;

    /** The caller of the imports: a PMO user, as the container would authenticate one. */
    private static final SecurityContext PMO = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return () -> "pmo";
        }

        @Override
        public boolean isUserInRole(String role) {
            return role.equals("PMO");
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    };

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void setUp() {
        resource = new PlansResource();
        resource.plans = new TransactionPerCallPlanService(database);
        resource.editing = new TransactionPerCallPlanEditing(database);
    }

    @AfterEach
    void deleteAllPlans() {
        database.deleteAllPlans();
    }

    private Response post(String json) {
        try {
            return resource.importPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), PMO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void importAnswersCreatedWithLocationAndExportGivesThePlanBack() {
        String json = PLAN_JSON.write(PlanFixtures.fullPlan("KP-200"));

        Response created = post(json);

        assertEquals(201, created.getStatus());
        assertEquals("plans/KP-200", created.getLocation().toString());
        Response exported = resource.get("KP-200");
        assertEquals(200, exported.getStatus());
        assertEquals(json, exported.getEntity());
    }

    @Test
    void invalidDocumentAnswers400WithEveryErrorAndWritesNothing() {
        String json = PLAN_JSON.write(PlanFixtures.fullPlan("KP-201"))
                .replace("\"duration\": 40", "\"duration\": -40")
                .replace("\"currency\": \"CNY\"", "\"currency\": \"yuan\"");

        Response response = post(json);

        assertEquals(400, response.getStatus());
        List<ErrorsDto.Error> errors = ((ErrorsDto) response.getEntity()).errors();
        assertTrue(errors.size() >= 2, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.path().equals("currency")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.path().startsWith("wbs[2]")), errors.toString());
        assertEquals(0, database.count("plan"));
    }

    @Test
    void existingCodeAnswers409AndKeepsTheStoredPlan() {
        assertEquals(201, post(PLAN_JSON.write(PlanFixtures.fullPlan("KP-202"))).getStatus());

        Response conflict = post(PLAN_JSON.write(PlanFixtures.minimalPlan("KP-202")));

        assertEquals(409, conflict.getStatus());
        assertEquals("code", ((ErrorsDto) conflict.getEntity()).errors().get(0).path());
        assertEquals(PLAN_JSON.write(PlanFixtures.fullPlan("KP-202")), resource.get("KP-202").getEntity());
    }

    @Test
    void valueTooLongToStoreAnswers400WithItsPath() {
        String json = PLAN_JSON.write(PlanFixtures.minimalPlan("KP-205")).replace("最小计划", "名".repeat(1001));

        Response response = post(json);

        assertEquals(400, response.getStatus());
        assertEquals("name.zh", ((ErrorsDto) response.getEntity()).errors().get(0).path());
        assertEquals(0, database.count("plan"));
    }

    @Test
    void codesThatCannotStandInAUrlAnswer400OnCode() {
        for (String code : List.of("..", "../X", "A/B", "KP 1", "-KP", "K".repeat(33), "计划1")) {
            Response response = post(PLAN_JSON.write(PlanFixtures.minimalPlan(code)));

            assertEquals(400, response.getStatus(), code);
            List<ErrorsDto.Error> errors = ((ErrorsDto) response.getEntity()).errors();
            assertEquals(List.of("code"), errors.stream().map(ErrorsDto.Error::path).toList(), code);
            assertTrue(errors.get(0).message().contains("letters, digits"), errors.toString());
        }
        assertEquals(0, database.count("plan"));
    }

    @Test
    void lowerCaseTwinOfAnExistingCodeAnswers409() {
        assertEquals(201, post(PLAN_JSON.write(PlanFixtures.minimalPlan("KP-000"))).getStatus());

        Response twin = post(PLAN_JSON.write(PlanFixtures.minimalPlan("kp-000")));

        assertEquals(409, twin.getStatus());
        assertEquals(1, database.count("plan"));
    }

    @Test
    void collisionSeenOnlyAtCommitAnswers409() {
        resource.plans = new TransactionPerCallPlanService(database) {
            @Override
            public void importPlan(Plan plan, String user, PlanAction action) {
                super.importPlan(PlanFixtures.minimalPlan(plan.code())); // the concurrent import that won
                throw new IllegalStateException("commit failed: unique constraint uk_plan_code_key");
            }
        };

        Response response = post(PLAN_JSON.write(PlanFixtures.fullPlan("KP-206")));

        assertEquals(409, response.getStatus());
        assertEquals("code", ((ErrorsDto) response.getEntity()).errors().get(0).path());
    }

    @Test
    void failureUnrelatedToTheCodeIsNotPassedOffAsAConflict() {
        resource.plans = new TransactionPerCallPlanService(database) {
            @Override
            public void importPlan(Plan plan, String user, PlanAction action) {
                throw new IllegalStateException("database down");
            }
        };

        assertThrows(IllegalStateException.class, () -> post(PLAN_JSON.write(PlanFixtures.fullPlan("KP-207"))));
    }

    @Test
    void unknownCodeAnswers404() {
        assertEquals(404, resource.get("KP-999").getStatus());
    }

    @Test
    void listsSummariesByCode() {
        post(PLAN_JSON.write(PlanFixtures.minimalPlan("KP-204")));
        post(PLAN_JSON.write(PlanFixtures.fullPlan("KP-203")));

        List<PlanSummaryDto> list = resource.list();

        assertEquals(List.of("KP-203", "KP-204"), list.stream().map(PlanSummaryDto::code).toList());
        PlanSummaryDto full = list.get(0);
        assertEquals("active", full.status());
        assertEquals("智能工厂 KP-203", full.nameZh());
        assertEquals("Smart factory KP-203", full.nameEn());
        assertEquals(new BigDecimal("12000000.00"), full.budget());
        assertEquals(70.3, full.progressPercent()); // (20 x 100 + 40 x 55.5) / 60 = 70.33
        assertEquals("M1", full.nextMilestone().code());
        assertEquals("forecast_late", full.nextMilestone().warning(), "M1 is forecast after its due date");
        assertEquals(1, full.highRiskCount());
    }

    @Test
    void everyCharacterACodeMayHaveStandsInTheLocationAsItIs() {
        Response created = post(PLAN_JSON.write(PlanFixtures.minimalPlan("9a_B-z")));

        assertEquals(201, created.getStatus());
        assertEquals("plans/9a_B-z", created.getLocation().toString());
        assertEquals(200, resource.get("9a_B-z").getStatus());
    }
}
