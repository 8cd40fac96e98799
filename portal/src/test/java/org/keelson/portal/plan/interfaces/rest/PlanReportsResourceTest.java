package org.keelson.portal.plan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.TransactionPerCallPlanService;
import org.keelson.portal.plan.application.PlanService;

class PlanReportsResourceTest {
    private static TestDatabase database;
    private PlanReportsResource resource;

    @BeforeAll
    static void importOnePlan() {
        database = TestDatabase.h2();
        database.runInTransaction(em -> new PlanService(em).importPlan(PlanFixtures.fullPlan("KP-300")));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void setUp() {
        resource = new PlanReportsResource();
        resource.plans = new TransactionPerCallPlanService(database);
    }

    private static XSSFWorkbook streamed(Response response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void streamsTheWorkbookInTheAskedLanguageUnderItsFileName() throws IOException {
        Response response = resource.workbook("KP-300", "risks", "en");

        assertEquals(200, response.getStatus());
        assertEquals(PlanReportsResource.XLSX, response.getMediaType().toString());
        assertEquals("attachment; filename=\"KP-300-risks-" + PlanFixtures.STATUS_DATE + ".xlsx\"",
                response.getHeaderString("Content-Disposition"));
        try (XSSFWorkbook workbook = streamed(response)) {
            assertEquals("Risk register", workbook.getSheetName(0));
        }
        try (XSSFWorkbook chinese = streamed(resource.workbook("KP-300", "risks", "zh"))) {
            assertEquals("风险登记册", chinese.getSheetName(0));
        }
    }

    @Test
    void everyKindIsAWorkbook() throws IOException {
        for (String kind : new String[] {"budget", "evm", "kpi", "risks"}) {
            try (XSSFWorkbook workbook = streamed(resource.workbook("KP-300", kind, null))) {
                assertTrue(workbook.getNumberOfSheets() > 0, kind);
            }
        }
    }

    @Test
    void unknownPlanKindOrLanguageIsRefusedWithTheReason() {
        Response noPlan = resource.workbook("NO-SUCH", "budget", null);
        Response noKind = resource.workbook("KP-300", "gantt", null);
        Response badLanguage = resource.workbook("KP-300", "budget", "fr");

        assertEquals(404, noPlan.getStatus());
        assertEquals(404, noKind.getStatus());
        assertEquals("kind", ((ErrorsDto) noKind.getEntity()).errors().get(0).path());
        assertEquals(400, badLanguage.getStatus());
        assertEquals("lang", ((ErrorsDto) badLanguage.getEntity()).errors().get(0).path());
    }
}
