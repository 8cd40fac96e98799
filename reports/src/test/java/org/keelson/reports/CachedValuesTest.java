package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.reports.simulation.SimulationWorkbook;
import org.keelson.simulation.plan.Plan;

/** Readers of stored values (previews, scripts) see every formula's figure in every workbook, in both languages. */
class CachedValuesTest {

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    @Test
    void everyWorkbookStoresTheValueOfEveryFormula() throws IOException {
        Map<String, Writer> workbooks = new LinkedHashMap<>();
        for (Plan plan : new Plan[]{TestPlans.chinese(), TestPlans.english()}) {
            String language = plan.locale();
            workbooks.put("budget " + language, out -> new BudgetWorkbook(plan).write(out));
            workbooks.put("evm " + language, out -> new EvmWorkbook(plan).write(out));
            workbooks.put("kpi " + language, out -> new KpiWorkbook(plan).write(out));
            workbooks.put("risks " + language, out -> new RiskWorkbook(plan).write(out));
            workbooks.put("simulation " + language, out -> new SimulationWorkbook(plan, TestForecasts.of(plan)).write(out));
        }
        for (Map.Entry<String, Writer> workbook : workbooks.entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.getValue().write(out);
            assertTrue(CachedValues.assertCachedEqualEvaluated(out.toByteArray()) > 10, workbook.getKey());
        }
    }
}
