package org.keelson.simulation.cli;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.montecarlo.ActivityStatistics;
import org.keelson.simulation.montecarlo.CostOutlook;
import org.keelson.simulation.montecarlo.DateForecast;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.montecarlo.SimulationSamples;
import org.keelson.simulation.montecarlo.SpendForecast;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;
import org.keelson.simulation.statistics.DistributionSummary;

/** The JSON document {@code simulate} prints: schedule, cost and ROI outlook of one run. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** At most this many (finish, cost) pairs go into {@code jointSample}: enough for a scatter plot, a few dozen KB. */
    public static final int MAX_JOINT_PAIRS = 2_000;

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
        cost.put("jointConfidenceP80Box", shareWithinP80Box(r));
        cost.set("histogram", histogram(r.cost()));
        root.set("cost", cost);
        root.set("jointSample", jointSample(r.samples()));
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
            root.set("npv", withHistogram(roi.npv()).put("probabilityNegative", roi.probabilityNpvNegative()));
            ObjectNode irr = withHistogram(roi.irr());
            irr.put("undefinedShare", roi.irrUndefinedShare()).put("ambiguousShare", roi.irrAmbiguousShare());
            root.set("irr", irr);
            ObjectNode roiNode = withHistogram(roi.roi());
            roiNode.put("undefinedShare", roi.roiUndefinedShare());
            putNullable(roiNode, "target", roi.roiTarget());
            putNullable(roiNode, "probabilityMeetsTarget", roi.probabilityRoiMeetsTarget());
            root.set("roi", roiNode);
            ObjectNode payback = withHistogram(roi.payback());
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

    /** The summary with its histogram; {@code {"p50": null}} for a quantity no iteration defines. */
    private static ObjectNode withHistogram(DistributionSummary s) {
        if (s == null) {
            return MAPPER.createObjectNode().putNull("p50");
        }
        ObjectNode node = summary(s);
        node.set("histogram", histogram(s));
        return node;
    }

    /**
     * Every {@code stride}-th iteration's (finish offset, cost), from iteration 0, with the smallest stride that keeps
     * at most {@link #MAX_JOINT_PAIRS} pairs: a fixed choice, so the same run always gives the same pairs.
     */
    private static ObjectNode jointSample(SimulationSamples samples) {
        int n = samples.iterations();
        int stride = Math.max(1, (n + MAX_JOINT_PAIRS - 1) / MAX_JOINT_PAIRS);
        ObjectNode node = MAPPER.createObjectNode().put("stride", stride);
        var pairs = node.putArray("pairs");
        for (int g = 0; g < n; g += stride) {
            pairs.addArray().add(samples.finish(g)).add(samples.cost(g));
        }
        return node;
    }

    /** Share of all iterations that finish by the P80 finish and cost at most the P80 cost. */
    private static double shareWithinP80Box(SimulationResult r) {
        SimulationSamples samples = r.samples();
        double finishP80 = r.finish().offsets().p80();
        double costP80 = r.cost().p80();
        int n = samples.iterations();
        int within = 0;
        for (int g = 0; g < n; g++) {
            if (samples.finish(g) <= finishP80 && samples.cost(g) <= costP80) {
                within++;
            }
        }
        return n == 0 ? 0 : (double) within / n;
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
