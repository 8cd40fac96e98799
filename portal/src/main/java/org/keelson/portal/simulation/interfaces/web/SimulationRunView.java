package org.keelson.portal.simulation.interfaces.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;

/**
 * Backs simulation/run.xhtml?code=...&amp;id=...: one run's settings and, once done, its finish percentiles against
 * the deterministic date, the probability of finishing on time, cost and NPV percentiles and the finish chart. All
 * figures come from the stored result JSON; dates on the chart are mapped through the calendar of the plan snapshot
 * the run simulated, not of the plan as it is now.
 */
@Named
@ViewScoped
public class SimulationRunView extends PlanRecordView<SimulationRun> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row of the finish table: a percentile's label and its date. */
    public record FinishRow(String label, String date) {
    }

    @Inject
    SimulationService simulations;

    private Long id;
    private transient JsonNode result;

    @Override
    protected Optional<PlanExtract<SimulationRun>> find(PlanService service, String code) {
        result = null;
        return id == null ? Optional.empty() : service.findFacts(code)
                .flatMap(facts -> simulations.find(code, id).map(run -> new PlanExtract<>(facts, run)));
    }

    public SimulationRun getRun() {
        return part();
    }

    public boolean isDone() {
        return isFound() && getRun().status() == RunStatus.DONE;
    }

    /** P10, P50, P80, P90 and the deterministic date. */
    public List<FinishRow> getFinishRows() {
        JsonNode dates = result().get("finishDates");
        List<FinishRow> rows = new ArrayList<>();
        for (String p : List.of("p10", "p50", "p80", "p90")) {
            rows.add(new FinishRow(p.toUpperCase(java.util.Locale.ROOT), dates.get(p).asText()));
        }
        rows.add(new FinishRow(Messages.get("simulation.deterministic"), dates.get("deterministic").asText()));
        return rows;
    }

    public String getDeadline() {
        return textOrDash(result().get("deadline"));
    }

    /** P(finish by the deadline) in percent; null without a deadline. */
    public Double getProbabilityOnTime() {
        JsonNode p = result().get("probabilityOnTime");
        return p == null || p.isNull() ? null : p.asDouble() * 100;
    }

    public String getCostP50() {
        return money(result().get("cost").get("p50").asDouble());
    }

    public String getCostP80() {
        return money(result().get("cost").get("p80").asDouble());
    }

    /** Whether the plan has a benefit model (then the result has NPV figures). */
    public boolean isWithNpv() {
        return result().has("npv");
    }

    public String getNpvP50() {
        return money(result().get("npv").get("p50").asDouble());
    }

    public String getNpvP80() {
        return money(result().get("npv").get("p80").asDouble());
    }

    public String getChart() {
        Plan snapshot = new PlanJson().read(getRun().planSnapshot());
        WorkingDayCalendar calendar = new WorkingDayCalendar(snapshot.calendar(), snapshot.startDate());
        List<HistogramBin> bins = new ArrayList<>();
        result().get("finish").get("histogram").forEach(b -> bins.add(new HistogramBin(b.get("from").asDouble(),
                b.get("to").asDouble(), b.get("count").asInt(), b.get("probability").asDouble())));
        LocalDate deadline = snapshot.deadline();
        Double deadlineOffset = deadline == null ? null : (double) calendar.workingDaysThrough(deadline);
        return SimulationChartConfig.finishHistogram(bins, deadlineOffset, calendar,
                new SimulationChartConfig.Labels(Messages.get("simulation.chartTitle"),
                        Messages.get("simulation.chartShare"), Messages.get("simulation.chartCumulative"),
                        Messages.get("simulation.chartDeadline")));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private JsonNode result() {
        if (result == null) {
            try {
                result = JSON.readTree(getRun().resultJson());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored result of run " + id + " is not JSON", e);
            }
        }
        return result;
    }

    private static String textOrDash(JsonNode node) {
        return node == null || node.isNull() ? Messages.DASH : node.asText();
    }
}
