package org.keelson.portal.simulation.interfaces.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;
import org.keelson.simulation.text.EnumLabels;

/**
 * Two done runs of a plan compared for simulation/compare.xhtml, run A the reference and B the one compared with it
 * (differences are B minus A): finish percentiles with the difference in working days, cost and NPV percentiles with
 * their differences, the probability of finishing on time, their cumulative distributions overlaid, and what changed
 * in the plan between the two snapshots. Figures come from the stored results; each run's dates are read through the
 * calendar of its own snapshot. Amounts are in the reader's unit of the plan's currency.
 */
public class RunComparison {
    private static final PlanJson PLAN_JSON = new PlanJson();
    private static final List<String> PERCENTILES = List.of("p10", "p50", "p80", "p90");
    /** The points of a result's NPV summary, in percent: its cumulative distribution where no histogram is stored. */
    private static final List<String> NPV_POINTS = List.of("min", "p5", "p10", "p20", "p50", "p80", "p90", "p95", "max");
    private static final double[] NPV_SHARES = {0, 5, 10, 20, 50, 80, 90, 95, 100};

    /** A row of the finish table: percentile, the two dates and B's date minus A's in working days. */
    public record FinishRow(String label, String dateA, String dateB, String workingDays) {
    }

    /** A row of the amounts table: figure, the two values and B minus A, as money. */
    public record AmountRow(String label, String a, String b, String difference) {
    }

    /** A row of the plan changes, every part in the reader's language. */
    public record ChangeRow(String area, String item, String change, String before, String after) {
    }

    private final SimulationRun runA;
    private final SimulationRun runB;
    private final String currency;
    private final Locale locale;
    private JsonNode resultA;
    private JsonNode resultB;
    private Plan planA;
    private Plan planB;
    private List<ChangeRow> changes;

    public RunComparison(SimulationRun runA, SimulationRun runB, String currency, Locale locale) {
        this.runA = runA;
        this.runB = runB;
        this.currency = currency;
        this.locale = locale;
    }

    /** P10 to P90 finish dates of both runs and B's minus A's in working days of B's calendar. */
    public List<FinishRow> getFinishRows() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(planB().calendar(),
                min(planA().startDate(), planB().startDate()));
        List<FinishRow> rows = new ArrayList<>();
        for (String p : PERCENTILES) {
            LocalDate first = LocalDate.parse(resultA().get("finishDates").get(p).asText());
            LocalDate second = LocalDate.parse(resultB().get("finishDates").get(p).asText());
            int days = calendar.workingDaysThrough(second) - calendar.workingDaysThrough(first);
            rows.add(new FinishRow(p.toUpperCase(Locale.ROOT), first.toString(), second.toString(),
                    (days > 0 ? "+" : "") + days));
        }
        return rows;
    }

    /** Cost P50 and P80 and, when both runs have them, NPV P50 and P80. */
    public List<AmountRow> getAmountRows() {
        List<AmountRow> rows = new ArrayList<>();
        for (String figure : isWithNpv() ? List.of("cost", "npv") : List.of("cost")) {
            for (String p : List.of("p50", "p80")) {
                double first = resultA().get(figure).get(p).asDouble();
                double second = resultB().get(figure).get(p).asDouble();
                rows.add(new AmountRow(Messages.get("simulation.compare." + figure) + " " + p.toUpperCase(Locale.ROOT),
                        money(first), money(second), signedMoney(second - first)));
            }
        }
        return rows;
    }

    /** P(finish by the deadline) of run A in percent; null without a deadline. */
    public Double getProbabilityOnTimeA() {
        return percent(resultA().get("probabilityOnTime"));
    }

    public Double getProbabilityOnTimeB() {
        return percent(resultB().get("probabilityOnTime"));
    }

    /** B's probability of finishing on time minus A's, in percentage points; null unless both have one. */
    public Double getProbabilityOnTimeDifference() {
        Double first = getProbabilityOnTimeA();
        Double second = getProbabilityOnTimeB();
        return first == null || second == null ? null : second - first;
    }

    /** Whether both results have NPV figures. */
    public boolean isWithNpv() {
        return resultA().has("npv") && resultB().has("npv");
    }

    /** Both runs' share finished by each date of a common axis of calendar dates. */
    public String getFinishChart() {
        WorkingDayCalendar calendarA = calendar(planA());
        WorkingDayCalendar calendarB = calendar(planB());
        List<HistogramBin> binsA = StoredResults.bins(resultA().get("finish").get("histogram"));
        List<HistogramBin> binsB = StoredResults.bins(resultB().get("finish").get("histogram"));
        long first = Math.min(calendarA.finishDate(binsA.get(0).from()).toEpochDay(),
                calendarB.finishDate(binsB.get(0).from()).toEpochDay());
        long last = Math.max(calendarA.finishDate(binsA.get(binsA.size() - 1).to()).toEpochDay(),
                calendarB.finishDate(binsB.get(binsB.size() - 1).to()).toEpochDay());
        List<Double> days = CompareChartConfig.grid(first, last, CompareChartConfig.POINTS).stream()
                .map(day -> (double) Math.round(day)).toList();
        List<String> axis = days.stream().map(day -> LocalDate.ofEpochDay(day.longValue()).toString()).toList();
        return CompareChartConfig.cdf(axis, List.of(
                series(runA, CompareChartConfig.percents(binsA, days,
                        day -> calendarA.workingDaysThrough(LocalDate.ofEpochDay((long) day)))),
                series(runB, CompareChartConfig.percents(binsB, days,
                        day -> calendarB.workingDaysThrough(LocalDate.ofEpochDay((long) day))))),
                labels("simulation.compare.finishChart", Messages.get("simulation.compare.finishAxis")));
    }

    public String getCostChart() {
        return amountChart(StoredResults.bins(resultA().get("cost").get("histogram")), StoredResults.bins(resultB().get("cost").get("histogram")),
                "simulation.compare.costChart", "simulation.compare.cost");
    }

    public String getNpvChart() {
        return amountChart(npvDistribution(resultA().get("npv")), npvDistribution(resultB().get("npv")),
                "simulation.compare.npvChart", "simulation.compare.npv");
    }

    /** What changed in the plan from run A's snapshot to run B's, in the reader's language and money unit. */
    public List<ChangeRow> getChanges() {
        if (changes == null) {
            changes = changes();
        }
        return changes;
    }

    private List<ChangeRow> changes() {
        PlanDiff.Notation notation = new PlanDiff.Notation() {
            @Override
            public String money(double amount) {
                return RunComparison.this.money(amount);
            }

            @Override
            public String number(double value) {
                return new DecimalFormat("#,##0.####",
                        DecimalFormatSymbols.getInstance(locale)).format(value);
            }

            @Override
            public String label(Enum<?> value) {
                return EnumLabels.defines(value) ? Messages.label(value, locale)
                        : Messages.get("simulation.compare.value." + value.name());
            }
        };
        return PlanDiff.between(planA(), planB(), notation).stream().map(change -> new ChangeRow(
                Messages.get("simulation.compare.area." + change.area().name()),
                change.key(),
                change.kind() == PlanDiff.Kind.CHANGED ? Messages.get("simulation.compare.field." + change.field())
                        : Messages.get("simulation.compare.kind." + change.kind().name()),
                change.before() == null ? Messages.DASH : change.before(),
                change.after() == null ? Messages.DASH : change.after())).toList();
    }

    /** "Run 7" with its mitigation: the name of a run's line on the charts. */
    public String runName(SimulationRun run) {
        return new MessageFormat(Messages.get("simulation.compare.runName"), locale).format(
                new Object[] {String.valueOf(run.id()), Messages.get(run.settings().postMitigation()
                        ? "simulation.compare.post" : "simulation.compare.pre")});
    }

    private String amountChart(List<HistogramBin> binsA, List<HistogramBin> binsB, String title, String figure) {
        double first = Math.min(binsA.get(0).from(), binsB.get(0).from());
        double last = Math.max(binsA.get(binsA.size() - 1).to(), binsB.get(binsB.size() - 1).to());
        List<Double> amounts = CompareChartConfig.grid(first, last, CompareChartConfig.POINTS);
        List<String> axis = amounts.stream().map(amount -> new DecimalFormat("#,##0.##",
                DecimalFormatSymbols.getInstance(locale))
                .format(MoneyFormat.inDisplayUnit(amount, currency, locale))).toList();
        return CompareChartConfig.cdf(axis, List.of(
                series(runA, CompareChartConfig.percents(binsA, amounts, amount -> amount)),
                series(runB, CompareChartConfig.percents(binsB, amounts, amount -> amount))),
                labels(title, Messages.get(figure) + " (" + MoneyFormat.unit(currency, locale) + ")"));
    }

    private CompareChartConfig.Series series(SimulationRun run, List<Double> percents) {
        return new CompareChartConfig.Series(runName(run), percents);
    }

    private static CompareChartConfig.Labels labels(String titleKey, String axis) {
        return new CompareChartConfig.Labels(Messages.get(titleKey), axis, Messages.get("simulation.compare.share"));
    }

    /** The NPV distribution as bins between the points of its stored summary (min, P5 ... P95, max). */
    static List<HistogramBin> npvDistribution(JsonNode npv) {
        List<HistogramBin> bins = new ArrayList<>();
        for (int i = 1; i < NPV_POINTS.size(); i++) {
            double from = npv.get(NPV_POINTS.get(i - 1)).asDouble();
            double to = npv.get(NPV_POINTS.get(i)).asDouble();
            double share = (NPV_SHARES[i] - NPV_SHARES[i - 1]) / 100;
            // a step of zero width (iterations alike there) is a jump, which cumulativeShare counts whole
            bins.add(new HistogramBin(from, to, 0, share));
        }
        return bins;
    }

    private static WorkingDayCalendar calendar(Plan plan) {
        return new WorkingDayCalendar(plan.calendar(), plan.startDate());
    }

    private String signedMoney(double amount) {
        return (amount > 0 ? "+" : "") + money(amount);
    }

    private static Double percent(JsonNode share) {
        return share == null || share.isNull() ? null : share.asDouble() * 100;
    }

    private static LocalDate min(LocalDate first, LocalDate second) {
        return first.isBefore(second) ? first : second;
    }

    private JsonNode resultA() {
        if (resultA == null) {
            resultA = StoredResults.json(runA);
        }
        return resultA;
    }

    private JsonNode resultB() {
        if (resultB == null) {
            resultB = StoredResults.json(runB);
        }
        return resultB;
    }

    private Plan planA() {
        if (planA == null) {
            planA = PLAN_JSON.read(runA.planSnapshot());
        }
        return planA;
    }

    private Plan planB() {
        if (planB == null) {
            planB = PLAN_JSON.read(runB.planSnapshot());
        }
        return planB;
    }


    private String money(double amount) {
        return MoneyFormat.format(amount, currency, locale);
    }
}
