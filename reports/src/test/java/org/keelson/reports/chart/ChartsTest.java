package org.keelson.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.TestForecasts;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Schedule;

/** Every chart renders to a non-blank PNG of the asked size and carries the expected series. PNGs land in target/charts. */
class ChartsTest {

    private final Plan plan = TestPlans.chinese();
    private final ReportContext context = ReportContext.of(plan);

    private static BufferedImage render(JFreeChart chart, String name, int width, int height) throws IOException {
        byte[] png = Charts.png(chart, width, height);
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), name);
        assertEquals(height, image.getHeight(), name);
        Set<Integer> colours = new HashSet<>();
        int inked = 0;
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertTrue(colours.size() > 20, name + " has content, not a flat image");
        assertTrue(inked > (width / 3) * (height / 3) / 50, name + " draws more than a frame");
        return image;
    }

    private static List<String> seriesKeys(XYDataset dataset) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            keys.add(dataset.getSeriesKey(i).toString());
        }
        return keys;
    }

    /** Required on CI (CI=true); on a developer machine without a CJK font it is skipped with the fix to apply. */
    @Test
    void chineseFontIsAvailableForLabels() {
        String message = "chart font " + ChartFonts.family() + " cannot draw Chinese: apt-get install -y fonts-wqy-zenhei";
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(ChartFonts.drawsChinese(), message);
        }
        assertTrue(ChartFonts.drawsChinese(), message);
    }

    @Test
    void ganttShowsBaselineCurrentCpmCriticalPathAndMilestones() throws IOException {
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        JFreeChart chart = GanttChart.create(plan, schedule);
        render(chart, "gantt", 1400, GanttChart.preferredHeight(plan));
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("基线", "当前计划", "关键路径", "汇总"), seriesKeys(plot.getDataset(0)));
        XYDataset bars = plot.getDataset(0);
        assertEquals(List.of("1.2", "2.2"), schedule.criticalPath(), "unfinished leaves with zero float");
        assertEquals(9, bars.getItemCount(0), "baselined elements");
        assertEquals(6, bars.getItemCount(1), "the other leaves: 1.1, 2.1.1, 2.1.2, 2.3, 2.4 and 3");
        assertEquals(2, bars.getItemCount(2), "critical leaves");
        assertEquals(3, bars.getItemCount(3), "summaries 1, 2, 2.1");
        assertEquals(List.of("里程碑"), seriesKeys(plot.getDataset(1)));
        assertEquals(1, plot.getDataset(1).getItemCount(0));
    }

    @Test
    void ganttCutToTheTopWbsLevelsWithADeadlineLine() throws IOException {
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        JFreeChart chart = GanttChart.create(plan, schedule, 1);
        render(chart, "gantt-level-1", 1400, GanttChart.preferredHeight(plan, 1));
        XYPlot plot = chart.getXYPlot();
        List<String> rows = List.of(((org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis()).getSymbols()).stream()
                .map(String::strip).toList();
        assertEquals(List.of("1 项目管理", "2 系统实施", "3 推广与培训"), rows, "level 1 only");
        assertEquals(2, plot.getDataset(0).getItemCount(3), "summaries 1 and 2 stand for their elements");
        assertEquals(plan.wbs().size(), ((org.jfree.chart.axis.SymbolAxis) GanttChart.create(plan, schedule, 3)
                .getXYPlot().getDomainAxis()).getSymbols().length, "every level of a three-level WBS");
        double deadline = Charts.millis(TestPlans.DEADLINE.plusDays(1));
        assertTrue(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .anyMatch(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue() == deadline
                        && m.getLabel().startsWith("截止日期 2026-03-31")), "deadline line at the end of its day");
        assertTrue(plot.getRangeAxis().getRange().contains(deadline), "the deadline is on the axis");
        assertThrows(IllegalArgumentException.class, () -> GanttChart.create(plan, schedule, 0));
    }

    @Test
    void sCurveReadsIn万元WithBacAndBothEacLines() throws IOException {
        EarnedValue values = new EarnedValue(plan);
        Measures total = values.total();
        JFreeChart chart = SCurveChart.create(values, context);
        render(chart, "scurve-lines", Charts.WIDTH, Charts.HEIGHT);
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        assertEquals("累计金额（万元）", axis.getLabel());
        assertEquals("5,000", axis.getNumberFormatOverride().format(50_000_000), "yuan on the data, 万元 on the ticks");
        Map<String, Double> lines = new java.util.HashMap<>();
        plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .forEach(m -> lines.put(m.getLabel(), ((org.jfree.chart.plot.ValueMarker) m).getValue()));
        assertEquals(total.bac(), lines.get("完工预算 BAC（绩效测量基线） " + String.format(java.util.Locale.ROOT, "%,.2f万元",
                total.bac() / 10_000)), 1e-6);
        assertTrue(lines.entrySet().stream().anyMatch(e -> e.getKey().startsWith("完工估算 EAC（CPI 法")
                && Math.abs(e.getValue() - total.eac()) < 1e-6), "EAC (CPI) line: " + lines.keySet());
        assertTrue(lines.entrySet().stream().anyMatch(e -> e.getKey().startsWith("完工估算 EAC（CPI × SPI 法")
                && Math.abs(e.getValue() - total.eacCpiSpi()) < 1e-6), "EAC (CPI x SPI) line");
        assertTrue(axis.getRange().contains(Math.max(total.eac(), total.eacCpiSpi())), "both lines on the axis");
    }

    @Test
    void chartsAreWrittenAsSvgToo() throws Exception {
        JFreeChart chart = BudgetChart.create(plan);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Charts.writeSvg(chart, 800, 500, out);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target", "charts"));
        Files.writeString(Path.of("target", "charts", "budget.svg"), svg);
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("svg", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getTagName() : document.getDocumentElement().getLocalName());
        assertEquals(800, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        assertTrue(svg.contains("硬件"), "category names as text");
        assertTrue(document.getElementsByTagName("rect").getLength() > 8, "bars as vector shapes");
    }

    @Test
    void theStatusDateLabelStaysInsideTheKpiPlot() throws IOException {
        for (Kpi kpi : plan.kpis()) {
            JFreeChart chart = KpiChart.create(kpi, context);
            BufferedImage image = new BufferedImage(1000, 520, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(graphics, new java.awt.Rectangle(0, 0, 1000, 520), info);
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.getXYPlot();
            org.jfree.chart.plot.ValueMarker marker = (org.jfree.chart.plot.ValueMarker) plot
                    .getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
            double x = plot.getDomainAxis().valueToJava2D(marker.getValue(), area, plot.getDomainAxisEdge());
            double width = graphics.getFontMetrics(marker.getLabelFont()).stringWidth(marker.getLabel());
            boolean leftOfLine = marker.getLabelTextAnchor() == org.jfree.chart.ui.TextAnchor.TOP_RIGHT;
            double from = leftOfLine ? x - width - 8 : x;
            double to = leftOfLine ? x : x + width + 8;
            assertTrue(area.getMinX() <= from && to <= area.getMaxX(), kpi.code() + ": label from " + from + " to " + to
                    + " outside the plot " + area.getMinX() + ".." + area.getMaxX());
            graphics.dispose();
        }
    }

    @Test
    void sCurveCarriesCumulativePvEvAc() throws IOException {
        EarnedValue values = new EarnedValue(plan);
        JFreeChart chart = SCurveChart.create(values, context);
        render(chart, "scurve", Charts.WIDTH, Charts.HEIGHT);
        XYDataset dataset = chart.getXYPlot().getDataset();
        assertEquals(List.of("计划值 PV", "挣值 EV", "实际成本 AC"), seriesKeys(dataset));
        int last = dataset.getItemCount(0) - 1;
        assertEquals(values.bac(), dataset.getYValue(0, last), 1e-6, "cumulative PV ends at BAC");
        double ac = values.actualLines().stream().mapToDouble(BudgetLine::actual).sum();
        assertEquals(ac, dataset.getYValue(2, dataset.getItemCount(2) - 1), 1e-6);
    }

    @Test
    void finishHistogramOfARealRunHasEveryRunItsCdfAndMarkers() throws IOException {
        SimulationResult result = TestForecasts.of(plan).schedule();
        JFreeChart chart = FinishHistogramChart.create(plan, result);
        render(chart, "finish", Charts.WIDTH, Charts.HEIGHT);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("次数"), seriesKeys(plot.getDataset(0)));
        XYDataset counts = plot.getDataset(0);
        double total = 0;
        for (int i = 0; i < counts.getItemCount(0); i++) {
            total += counts.getYValue(0, i);
        }
        assertEquals(result.iterations(), total, 1e-9);
        XYDataset cdf = plot.getDataset(1);
        assertEquals(List.of("累计概率"), seriesKeys(cdf));
        assertEquals(1.0, cdf.getYValue(0, cdf.getItemCount(0) - 1), 1e-9);
        var markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertEquals(3, markers.size(), "deadline, P50, P80");
        List<String> labels = markers.stream().map(m -> ((org.jfree.chart.plot.ValueMarker) m).getLabel()).toList();
        assertTrue(labels.contains("P80 " + result.finish().p80()), labels.toString());
    }

    @Test
    void npvChartOfARealRunHasTheEnginesHistogramInWanAndItsPercentiles() throws IOException {
        RoiResult roi = TestForecasts.of(plan).roi();
        JFreeChart npv = NpvChart.create(roi, context);
        render(npv, "npv", Charts.WIDTH, Charts.HEIGHT);
        XYDataset bars = npv.getXYPlot().getDataset();
        assertEquals(List.of("净现值 NPV"), seriesKeys(bars));
        assertEquals(roi.npv().histogram().size(), bars.getItemCount(0));
        assertEquals(roi.npv().histogram().get(0).count(), bars.getYValue(0, 0), 1e-9);
        assertEquals("净现值 NPV（万元）", npv.getXYPlot().getDomainAxis().getLabel());
        List<Double> markers = npv.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).toList();
        assertTrue(markers.contains(roi.npv().p50() / 10_000), "P50 in 万元");
        assertTrue(markers.contains(0.0), "break-even: this plan's NPV runs straddle zero");
    }

    @Test
    void tornadoChartsFollowTheEnginesRanking() throws IOException {
        PlanForecast forecast = TestForecasts.of(plan);
        JFreeChart risks = TornadoChart.risks(plan, forecast.schedule());
        render(risks, "tornado", Charts.WIDTH, Charts.HEIGHT);
        List<?> panels = ((CombinedDomainCategoryPlot) risks.getPlot()).getSubplots();
        assertEquals(2, panels.size(), "P80 finish and P80 cost impact");
        CategoryDataset finish = ((CategoryPlot) panels.get(0)).getDataset();
        CategoryDataset cost = ((CategoryPlot) panels.get(1)).getDataset();
        List<RiskTornadoEntry> entries = forecast.schedule().riskTornado();
        assertEquals(entries.size(), finish.getColumnCount());
        for (int i = 0; i < entries.size(); i++) {
            assertTrue(finish.getColumnKey(i).toString().startsWith(entries.get(i).risk() + " "), "rank " + i);
            assertEquals(entries.get(i).p80FinishImpact(), finish.getValue(0, i).doubleValue(), 1e-9);
            assertEquals(entries.get(i).p80CostImpact() / 10_000, cost.getValue(0, i).doubleValue(), 1e-9);
        }

        JFreeChart drivers = TornadoChart.npvDrivers(plan, forecast.roi());
        render(drivers, "npv-drivers", Charts.WIDTH, Charts.HEIGHT);
        CategoryDataset bars = drivers.getCategoryPlot().getDataset();
        RoiTornadoEntry first = forecast.roi().tornado().get(0);
        assertEquals("B1 库存降低", bars.getColumnKey(0), "widest swing on top");
        double mean = forecast.roi().npv().mean();
        assertEquals((first.npvWhenLow() - mean) / 10_000, bars.getValue(0, 0).doubleValue(), 1e-9);
        assertEquals((first.npvWhenHigh() - mean) / 10_000, bars.getValue(1, 0).doubleValue(), 1e-9);
        assertEquals("总投资", bars.getColumnKey(1));
    }

    @Test
    void tornadoShowsTheTopNRisksAndSaysSo() throws IOException {
        PlanForecast forecast = TestForecasts.of(plan);
        List<RiskTornadoEntry> entries = forecast.schedule().riskTornado();
        JFreeChart top2 = TornadoChart.risks(plan, forecast.schedule(), 2);
        render(top2, "tornado-top-2", Charts.WIDTH, Charts.HEIGHT);
        CategoryDataset finish = ((CategoryPlot) ((CombinedDomainCategoryPlot) top2.getPlot()).getSubplots().get(0))
                .getDataset();
        assertEquals(2, finish.getColumnCount());
        assertTrue(finish.getColumnKey(1).toString().startsWith(entries.get(1).risk() + " "), "the engine's second");
        assertEquals("仅显示影响最大的前 2 项风险（共 6 项）",
                ((org.jfree.chart.title.TextTitle) top2.getSubtitle(top2.getSubtitleCount() - 1)).getText());
        JFreeChart all = TornadoChart.risks(plan, forecast.schedule(), plan.risks().size());
        assertEquals(entries.size() < plan.risks().size(), all.getSubtitles().stream()
                .anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle text && text.getText().contains("项风险")),
                "a note only when some risks are left out");
        assertThrows(IllegalArgumentException.class, () -> TornadoChart.risks(plan, forecast.schedule(), 0));
    }

    @Test
    void heatMapCountsMatchTheOpenRisks() throws IOException {
        JFreeChart chart = RiskHeatMapChart.create(plan);
        render(chart, "heatmap", 900, 800);
        int[][] expected = new int[5][5];
        for (Risk risk : plan.risks()) {
            if (risk.status() != RiskStatus.CLOSED) {
                expected[risk.probability() - 1][risk.impact() - 1]++;
            }
        }
        assertEquals(2, expected[3][3], "R01 and R04 share P4 x I4");
        int annotated = 0;
        for (XYAnnotation annotation : chart.getXYPlot().getAnnotations()) {
            XYTextAnnotation text = (XYTextAnnotation) annotation;
            int impact = (int) text.getX();
            int probability = (int) text.getY();
            assertEquals(String.valueOf(expected[probability - 1][impact - 1]), text.getText(),
                    "P" + probability + " I" + impact);
            annotated++;
        }
        assertEquals(25, annotated);
        XYDataset cells = chart.getXYPlot().getDataset();
        assertEquals(25, cells.getItemCount(0));
    }

    @Test
    void kpiAndBudgetCharts() throws IOException {
        JFreeChart kpi = KpiChart.create(plan.kpis().get(1), context);
        render(kpi, "kpi", Charts.WIDTH, Charts.HEIGHT);
        assertEquals(List.of("计划轨迹", "实际"), seriesKeys(kpi.getXYPlot().getDataset()));
        assertEquals(2, kpi.getXYPlot().getDataset().getItemCount(1));
        assertTrue(kpi.getXYPlot().getRangeAxis().getRange().contains(4), "target line inside the axis");

        JFreeChart budget = BudgetChart.create(plan);
        render(budget, "budget", Charts.WIDTH, Charts.HEIGHT);
        CategoryDataset dataset = budget.getCategoryPlot().getDataset();
        assertEquals(2, dataset.getRowCount());
        assertEquals(4, dataset.getColumnCount());
        assertEquals("硬件", dataset.getColumnKey(0));
        // The workbooks' variance basis: HW planned 1,000,000 in the quarters ended by the status date (1,150,000 in
        // all quarters) against 1,050,000 spent to date, an overrun the bars show.
        assertEquals(List.of("截至状态日计划", "截至状态日实际"), List.of(dataset.getRowKey(0), dataset.getRowKey(1)));
        assertEquals(100.0, dataset.getValue(0, 0).doubleValue(), 1e-9, "HW planned to date in 万元");
        assertEquals(105.0, dataset.getValue(1, 0).doubleValue(), 1e-9, "HW actual to date in 万元");
        assertNotEquals(dataset.getValue(0, 1), dataset.getValue(1, 1));
    }

    @Test
    void englishChartsUseEnglishLabels() throws IOException {
        Plan english = TestPlans.english();
        JFreeChart budget = BudgetChart.create(english);
        render(budget, "budget-en", 800, 500);
        assertEquals("Hardware", budget.getCategoryPlot().getDataset().getColumnKey(0));
        assertEquals(1_000_000, budget.getCategoryPlot().getDataset().getValue(0, 0).doubleValue(), 1e-9);
    }
}
