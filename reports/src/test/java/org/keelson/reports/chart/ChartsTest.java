package org.keelson.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.TestSimulations;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.evm.EarnedValue;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskStatus;

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
    void ganttShowsBaselineCurrentCriticalAndMilestones() throws IOException {
        JFreeChart chart = GanttChart.create(plan, Set.of("1.1", "2.1.1", "2.1.2", "2.2", "2.4", "2.5", "3"));
        render(chart, "gantt", 1400, GanttChart.preferredHeight(plan));
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("基线", "当前计划", "关键路径", "汇总"), seriesKeys(plot.getDataset(0)));
        XYDataset bars = plot.getDataset(0);
        assertEquals(9, bars.getItemCount(0), "baselined elements");
        assertEquals(2, bars.getItemCount(1), "non-critical leaves: 1.2 and 2.3");
        assertEquals(6, bars.getItemCount(2), "critical leaves other than the milestone");
        assertEquals(3, bars.getItemCount(3), "summaries 1, 2, 2.1");
        assertEquals(List.of("里程碑"), seriesKeys(plot.getDataset(1)));
        assertEquals(1, plot.getDataset(1).getItemCount(0));
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
    void finishHistogramHasCountsCdfAndMarkers() throws IOException {
        var summary = TestSimulations.sample();
        JFreeChart chart = FinishHistogramChart.create(summary, context);
        render(chart, "finish", Charts.WIDTH, Charts.HEIGHT);
        XYPlot plot = chart.getXYPlot();
        XYDataset counts = plot.getDataset(0);
        double total = 0;
        for (int i = 0; i < counts.getItemCount(0); i++) {
            total += counts.getYValue(0, i);
        }
        assertEquals(TestSimulations.RUNS, total, 1e-9);
        XYDataset cdf = plot.getDataset(1);
        assertEquals(1.0, cdf.getYValue(0, cdf.getItemCount(0) - 1), 1e-9);
        assertEquals(3, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "deadline, P50, P80");
    }

    @Test
    void npvAndTornadoCharts() throws IOException {
        var summary = TestSimulations.sample();
        JFreeChart npv = NpvChart.create(summary.roi().npvSamples(), context);
        render(npv, "npv", Charts.WIDTH, Charts.HEIGHT);
        assertEquals(List.of("净现值 NPV"), seriesKeys(npv.getXYPlot().getDataset()));
        assertEquals(4, npv.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());

        JFreeChart tornado = TornadoChart.create(summary, context);
        render(tornado, "tornado", Charts.WIDTH, Charts.HEIGHT);
        CategoryDataset bars = tornado.getCategoryPlot().getDataset();
        assertEquals("2.2 系统配置与开发", bars.getColumnKey(0), "widest swing on top");
        assertEquals(290 - 310, bars.getValue(0, 0).doubleValue(), 1e-9);
        assertEquals(345 - 310, bars.getValue(1, 0).doubleValue(), 1e-9);
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
        assertEquals(115.0, dataset.getValue(0, 0).doubleValue(), 1e-9, "HW planned in 万元");
        assertNotEquals(dataset.getValue(0, 1), dataset.getValue(1, 1));
    }

    @Test
    void englishChartsUseEnglishLabels() throws IOException {
        Plan english = TestPlans.english();
        JFreeChart budget = BudgetChart.create(english);
        render(budget, "budget-en", 800, 500);
        assertEquals("Hardware", budget.getCategoryPlot().getDataset().getColumnKey(0));
        assertEquals(1_150_000, budget.getCategoryPlot().getDataset().getValue(0, 0).doubleValue(), 1e-9);
    }
}
