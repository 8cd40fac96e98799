package org.keelson.liberty.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.RequiresConfiguredDatabase;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.plan.Plan;

/**
 * The plan catalogue inside Liberty: JTA transactions from @Transactional, the real persistence unit and
 * migrations, the sample plans loaded at start. Runs on H2 and again on PostgreSQL (failsafe "postgresql").
 */
@RequiresConfiguredDatabase
@ExtendWith(ArquillianExtension.class)
class PlanPersistenceContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.create();
    }

    @Inject
    PlanService plans;

    @Resource(lookup = "jdbc/keelson")
    DataSource dataSource;

    /** The PostgreSQL test database outlives a run, so every run imports under fresh codes. */
    private static String uniqueCode() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Plan sampleCopy(String code, List<Kpi> kpis) {
        Plan p = plans.findPlan("KP-000").orElseThrow(() -> new AssertionError("sample plan KP-000 not loaded"));
        return new Plan(code, p.name(), p.description(), p.currency(), p.locale(), p.status(), p.manager(),
                p.startDate(), p.deadline(), p.statusDate(), p.calendar(), p.phases(), p.milestones(),
                p.wbs(), p.correlations(), p.budget(), p.riskMatrix(), p.risks(), kpis == null ? p.kpis() : kpis,
                p.benefits(), p.baselines(), p.assumptions());
    }

    @Test
    void testsNeverTouchTheDevelopersDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();

            assertFalse(url.contains(".keelson"), url);
            assertTrue(url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:postgresql:"), url);
        }
    }

    @Test
    void samplePlansAreLoadedAtStartAndSummarised() {
        List<String> codes = plans.listSummaries().stream().map(PlanSummary::code).toList();

        assertTrue(codes.containsAll(List.of("KP-000", "KP-001", "KP-002", "KP-003", "KP-004")), codes.toString());
    }

    @Test
    void importedPlanReadsBackEqual() {
        Plan copy = sampleCopy(uniqueCode(), null);

        plans.importPlan(copy);

        assertEquals(copy, plans.findPlan(copy.code()).orElseThrow());
    }

    @Test
    void duplicateCodeIsAConflict() {
        Plan copy = sampleCopy(uniqueCode(), null);
        plans.importPlan(copy);

        assertThrows(PlanAlreadyExistsException.class, () -> plans.importPlan(copy));
    }

    @Test
    void failedImportRollsBackEverything() {
        String code = uniqueCode();
        Plan valid = sampleCopy(code, null);
        List<Kpi> kpis = new ArrayList<>(valid.kpis());
        kpis.add(kpis.get(kpis.size() - 1)); // duplicate KPI code: the database refuses it after the plan row is in
        Plan broken = sampleCopy(code, kpis);

        assertThrows(RuntimeException.class, () -> plans.importPlan(broken));

        assertTrue(plans.findPlan(code).isEmpty(), "the JTA transaction left nothing behind");
    }
}
