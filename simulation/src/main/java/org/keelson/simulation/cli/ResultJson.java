package org.keelson.simulation.cli;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.montecarlo.ActivityStatistics;
import org.keelson.simulation.montecarlo.CostOutlook;
import org.keelson.simulation.montecarlo.DateForecast;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.montecarlo.SpendForecast;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;
import org.keelson.simulation.statistics.DistributionSummary;

/** The JSON document {@code simulate} prints: schedule, cost and ROI outlook of one run. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    public static ObjectNode of(org.keelson.simulation.roi.PlanForecast forecast) {
        return of(forecast.schedule(), forecast.roi());
    }

    /** {@code roi} may be null when the plan has no benefit model. */
    public static ObjectNode of(SimulationResult r, RoiResult roi) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("iterations", r.iterations());
        root.put("seed", r.seed());
        root.put("latinHypercube", r.latinHypercube());
        root.put("postMitigation", r.postMitigation());
        root.put("converged", r.converged());
        root.put("kernel", r.kernel().id());
        root.put("startDate", text(r.startDate()));
        root.put("deadline", text(r.deadline()));
        root.set("finish", summary(r.finish().offsets()).put("deterministic", r.finish().deterministic())
                .put("mergeBiasGapP50", r.finish().mergeBiasGapP50()).put("mergeBiasGapP80", r.finish().mergeBiasGapP80()));
        ((ObjectNode) root.get("finish")).set("histogram", histogram(r.finish().offsets()));
        root.set("finishDates", dates(r.finish()));
        putNullable(root, "probabilityOnTime", r.probabilityOnTime());
        var milestones = root.putArray("milestones");
        for (DateForecast m : r.milestones()) {
            ObjectNode node = dates(m);
            node.put("code", m.code());
            node.set("offsets", summary(m.offsets()));
            milestones.add(node);
        }
        ObjectNode cost = summary(r.cost()).put("deterministic", r.deterministicCost());
        CostOutlook outlook = r.costOutlook();
        putNullable(cost, "budget", outlook.budget());
        putNullable(cost, "reserve", outlook.reserve());
        putNullable(cost, "contingencyNeededP80", outlook.contingencyNeededP80());
        putNullable(cost, "probabilityWithinBudget", outlook.probabilityWithinBudget());
        putNullable(cost, "jointConfidence", outlook.jointConfidence());
        cost.set("histogram", histogram(r.cost()));
        root.set("cost", cost);
        var spend = root.putArray("spend");
        for (SpendForecast s : r.spend()) {
            spend.addObject().put("category", s.category()).put("quarter", s.quarter().toString()).put("mean", s.mean())
                    .put("p50", s.p50()).put("p80", s.p80());
        }
        var activities = root.putArray("activities");
        for (ActivityStatistics a : r.activities()) {
            activities.addObject().put("code", a.code()).put("criticality", a.criticality())
                    .put("sensitivity", a.sensitivity()).put("cruciality", a.cruciality());
        }
        var tornado = root.putArray("riskTornado");
        for (RiskTornadoEntry t : r.riskTornado()) {
            tornado.addObject().put("risk", t.risk()).put("probability", t.probability())
                    .put("p80FinishImpact", t.p80FinishImpact()).put("p80CostImpact", t.p80CostImpact());
        }
        if (roi != null) {
            root.set("npv", summary(roi.npv()).put("probabilityNegative", roi.probabilityNpvNegative()));
            ObjectNode irr = roi.irr() == null ? MAPPER.createObjectNode().putNull("p50") : summary(roi.irr());
            irr.put("undefinedShare", roi.irrUndefinedShare()).put("ambiguousShare", roi.irrAmbiguousShare());
            root.set("irr", irr);
            ObjectNode roiNode = roi.roi() == null ? MAPPER.createObjectNode().putNull("p50") : summary(roi.roi());
            roiNode.put("undefinedShare", roi.roiUndefinedShare());
            putNullable(roiNode, "target", roi.roiTarget());
            putNullable(roiNode, "probabilityMeetsTarget", roi.probabilityRoiMeetsTarget());
            root.set("roi", roiNode);
            ObjectNode payback = roi.payback() == null ? MAPPER.createObjectNode().putNull("p50") : summary(roi.payback());
            payback.put("neverShare", roi.paybackNeverShare());
            root.set("paybackQuarters", payback);
            var roiTornado = root.putArray("roiTornado");
            for (RoiTornadoEntry t : roi.tornado()) {
                roiTornado.addObject().put("driver", t.driver()).put("npvWhenLow", t.npvWhenLow()).put("npvWhenHigh", t.npvWhenHigh());
            }
        }
        return root;
    }

    public static String toJson(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode summary(DistributionSummary s) {
        return MAPPER.createObjectNode().put("mean", s.mean()).put("sd", s.standardDeviation())
                .put("p5", s.percentile(5)).put("p10", s.p10()).put("p20", s.percentile(20)).put("p50", s.p50())
                .put("p80", s.p80()).put("p90", s.p90()).put("p95", s.percentile(95)).put("min", s.min()).put("max", s.max())
                .put("standardErrorOfMean", s.standardErrorOfMean()).put("standardErrorOfP80", s.standardErrorOfP80());
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode histogram(DistributionSummary s) {
        var bins = MAPPER.createArrayNode();
        s.histogram().forEach(b -> bins.addObject().put("from", b.from()).put("to", b.to()).put("count", b.count())
                .put("probability", b.probability()));
        return bins;
    }

    private static ObjectNode dates(DateForecast f) {
        return MAPPER.createObjectNode().put("p10", text(f.p10())).put("p50", text(f.p50())).put("p80", text(f.p80()))
                .put("p90", text(f.p90())).put("deterministic", text(f.deterministicDate()));
    }

    private static void putNullable(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
