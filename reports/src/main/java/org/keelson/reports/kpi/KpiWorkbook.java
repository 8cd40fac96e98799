package org.keelson.reports.kpi;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.KpiChart;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.kpi.KpiStatus;
import org.keelson.simulation.plan.Plan;

/**
 * KPIs at the status date. The points sheet holds the planned trajectories and measurements; the KPI sheet derives
 * by formula the planned value at the status date (linear between the trajectory points around it), the latest
 * actual on or before it, attainment = (actual − baseline) / (target − baseline) — which reads the same for
 * lower-is-better KPIs, whose target lies below the baseline — the planned attainment and a RAG status. Each KPI
 * gets a chart of planned, actual and target. The rules are those of {@link KpiStatus}, which the cells reproduce as
 * formulas (a KPI without a baseline uses the first value of its planned trajectory).
 */
public final class KpiWorkbook {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    static final int STATUS_ROW = 2;
    static final int CODE = 0, NAME = 1, UNIT = 2, GROUP = 3, DIRECTION = 4, BASELINE = 5, TARGET = 6, TARGET_DATE = 7,
            PLANNED_AT_STATUS = 8, LATEST = 9, LATEST_DATE = 10, PLANNED_ATTAINMENT = 11, ATTAINMENT = 12, RAG = 13;
    /** RAG bands on attainment behind plan, as shares: see {@link KpiStatus}. */
    static final double GREEN_GAP = KpiStatus.GREEN_GAP_POINTS / 100, AMBER_GAP = KpiStatus.AMBER_GAP_POINTS / 100;
    private static final int CHART_ROWS = 20;

    private final ReportContext context;
    private final Plan plan;

    public KpiWorkbook(Plan plan) {
        this.plan = plan;
        this.context = ReportContext.of(plan);
    }

    public List<String> sheetNames() {
        return List.of(context.label(Label.KPI_SHEET), context.label(Label.KPI_POINTS), context.label(Label.KPI_CHARTS));
    }

    /** Where one KPI's points sit on the points sheet (zero-based rows, inclusive; first &gt; last when none). */
    private record Block(int plannedFirst, int plannedLast, int actualFirst, int actualLast) {
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, context);
            SheetWriter kpis = new SheetWriter(workbook.createSheet(sheetNames().get(0)), styles);
            SheetWriter points = new SheetWriter(workbook.createSheet(sheetNames().get(1)), styles);
            XSSFSheet charts = workbook.createSheet(sheetNames().get(2));
            List<Block> blocks = writePoints(points);
            writeKpis(kpis, blocks);
            writeCharts(charts);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    private String title(Label sheet) {
        return context.planName() + " — " + context.label(Label.KPI_WORKBOOK) + " — " + context.label(sheet);
    }

    private static List<KpiPoint> sorted(List<KpiPoint> points) {
        return points.stream().filter(p -> p.date() != null).sorted(Comparator.comparing(KpiPoint::date)).toList();
    }

    private List<Block> writePoints(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.KPI_POINTS), "", HEADER_ROW, context.label(Label.CODE), context.label(Label.KIND),
                context.label(Label.DATE), context.label(Label.VALUE));
        List<Block> blocks = new ArrayList<>();
        int row = FIRST_ROW;
        for (Kpi kpi : plan.kpis()) {
            int plannedFirst = row;
            for (KpiPoint point : sorted(kpi.trajectory())) {
                point(w, row++, kpi, Label.PLANNED_TRAJECTORY, point.date(), point.value());
            }
            int actualFirst = row;
            for (KpiPoint point : sorted(kpi.actuals())) {
                point(w, row++, kpi, Label.ACTUAL_VALUES, point.date(), point.value());
            }
            blocks.add(new Block(plannedFirst, actualFirst - 1, actualFirst, row - 1));
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, row - 1), 0, 3));
        w.widths(10, 14, 12, 12);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
        return blocks;
    }

    private void point(SheetWriter w, int row, Kpi kpi, Label kind, LocalDate date, double value) {
        Styles s = w.styles();
        w.text(row, 0, kpi.code(), s.text);
        w.text(row, 1, context.label(kind), s.text);
        w.date(row, 2, date, s.date);
        w.number(row, 3, value, s.decimal);
    }

    private void writeKpis(SheetWriter w, List<Block> blocks) {
        Styles s = w.styles();
        w.heading(title(Label.KPI_SHEET), context.label(Label.KPI_NOTE), HEADER_ROW, context.label(Label.CODE),
                context.label(Label.NAME), context.label(Label.UNIT), context.label(Label.GROUP),
                context.label(Label.DIRECTION), context.label(Label.BASELINE), context.label(Label.TARGET),
                context.label(Label.TARGET_DATE), context.label(Label.PLANNED_AT_STATUS), context.label(Label.LATEST_ACTUAL),
                context.label(Label.LATEST_ACTUAL_DATE), context.label(Label.PLANNED_ATTAINMENT),
                context.label(Label.ATTAINMENT), context.label(Label.RAG));
        w.text(STATUS_ROW, 0, context.label(Label.STATUS_DATE), s.text);
        w.date(STATUS_ROW, 1, context.statusDate(), s.date);
        String status = abs(STATUS_ROW, 1);
        String points = sheetPrefix(context.label(Label.KPI_POINTS));
        int row = FIRST_ROW;
        for (int k = 0; k < plan.kpis().size(); k++) {
            Kpi kpi = plan.kpis().get(k);
            Block block = blocks.get(k);
            w.text(row, CODE, kpi.code(), s.text);
            w.text(row, NAME, context.text(kpi.name()), s.text);
            w.text(row, UNIT, kpi.unit(), s.centered);
            w.text(row, GROUP, kpi.group(), s.text);
            w.text(row, DIRECTION, context.label(kpi.direction() == KpiDirection.LOWER_IS_BETTER
                    ? Label.LOWER_IS_BETTER : Label.HIGHER_IS_BETTER), s.text);
            if (kpi.baseline() != null) {
                w.number(row, BASELINE, kpi.baseline(), s.decimal);
            } else if (block.plannedLast() >= block.plannedFirst()) {
                w.formula(row, BASELINE, points + abs(block.plannedFirst(), 3), s.decimal);
            } else {
                w.blank(row, BASELINE, s.decimal);
            }
            w.number(row, TARGET, kpi.target(), s.decimal);
            w.date(row, TARGET_DATE, kpi.targetDate(), s.date);
            String planned = plannedAtStatus(block, points, status);
            if (planned == null) {
                w.blank(row, PLANNED_AT_STATUS, s.decimal);
            } else {
                w.formula(row, PLANNED_AT_STATUS, planned, s.decimal);
            }
            String latest = latestActual(block, points, status, 3);
            if (latest == null) {
                w.blank(row, LATEST, s.decimal);
                w.blank(row, LATEST_DATE, s.date);
            } else {
                w.formula(row, LATEST, latest, s.decimal);
                w.formula(row, LATEST_DATE, latestActual(block, points, status, 2), s.date);
            }
            String baseline = ref(row, BASELINE);
            String target = ref(row, TARGET);
            String noRange = "OR(" + baseline + "=\"\"," + target + "=" + baseline;
            w.formula(row, PLANNED_ATTAINMENT, "IF(" + noRange + "," + ref(row, PLANNED_AT_STATUS) + "=\"\"),\"\",("
                    + ref(row, PLANNED_AT_STATUS) + "-" + baseline + ")/(" + target + "-" + baseline + "))", s.percent);
            w.formula(row, ATTAINMENT, "IF(" + noRange + "," + ref(row, LATEST) + "=\"\"),\"\",(" + ref(row, LATEST) + "-"
                    + baseline + ")/(" + target + "-" + baseline + "))", s.percent);
            String gap = ref(row, ATTAINMENT) + "-" + ref(row, PLANNED_ATTAINMENT);
            w.formula(row, RAG, "IF(OR(" + ref(row, ATTAINMENT) + "=\"\"," + ref(row, PLANNED_ATTAINMENT) + "=\"\"),\"\","
                    + "IF(" + gap + ">=-" + GREEN_GAP + ",\"" + context.label(Label.GREEN) + "\",IF(" + gap + ">=-"
                    + AMBER_GAP + ",\"" + context.label(Label.AMBER) + "\",\"" + context.label(Label.RED) + "\")))",
                    s.centered);
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        String rag = "$N" + (FIRST_ROW + 1);
        String range = ref(FIRST_ROW, RAG) + ":" + ref(last, RAG);
        Highlights.fillWhen(w.sheet(), range, rag + "=\"" + context.label(Label.GREEN) + "\"",
                IndexedColors.LIGHT_GREEN.getIndex());
        Highlights.fillWhen(w.sheet(), range, rag + "=\"" + context.label(Label.AMBER) + "\"",
                IndexedColors.LIGHT_YELLOW.getIndex());
        Highlights.fillWhen(w.sheet(), range, rag + "=\"" + context.label(Label.RED) + "\"", IndexedColors.ROSE.getIndex());
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, CODE, RAG));
        w.widths(8, 26, 8, 12, 12, 10, 10, 12, 14, 12, 12, 12, 12, 8);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /**
     * Linear interpolation between the trajectory points either side of the status date cell, looked up with MATCH
     * over the KPI's sorted trajectory so the figure follows an edited status date; the first or last value when the
     * status date lies outside the trajectory; null without a trajectory.
     */
    private static String plannedAtStatus(Block block, String points, String status) {
        if (block.plannedLast() < block.plannedFirst()) {
            return null;
        }
        String dates = points + columnRange(2, block.plannedFirst(), block.plannedLast());
        String values = points + columnRange(3, block.plannedFirst(), block.plannedLast());
        int count = block.plannedLast() - block.plannedFirst() + 1;
        String before = "MATCH(" + status + "," + dates + ",1)";
        String d0 = "INDEX(" + dates + "," + before + ")", d1 = "INDEX(" + dates + "," + before + "+1)";
        String v0 = "INDEX(" + values + "," + before + ")", v1 = "INDEX(" + values + "," + before + "+1)";
        return "IF(" + status + "<=INDEX(" + dates + ",1),INDEX(" + values + ",1),IF(" + status + ">=INDEX(" + dates
                + "," + count + "),INDEX(" + values + "," + count + ")," + v0 + "+(" + status + "-" + d0 + ")*(" + v1
                + "-" + v0 + ")/(" + d1 + "-" + d0 + ")))";
    }

    /**
     * The last actual dated on or before the status date cell ({@code column} 3: its value, 2: its date), "" before
     * the first; null without actuals.
     */
    private static String latestActual(Block block, String points, String status, int column) {
        if (block.actualLast() < block.actualFirst()) {
            return null;
        }
        String dates = points + columnRange(2, block.actualFirst(), block.actualLast());
        return "IF(" + status + "<INDEX(" + dates + ",1),\"\",INDEX(" + points
                + columnRange(column, block.actualFirst(), block.actualLast()) + ",MATCH(" + status + "," + dates + ",1)))";
    }

    /** One chart per KPI, stacked down the sheet; drawn by JFreeChart so Excel and LibreOffice show the same. */
    private void writeCharts(XSSFSheet sheet) {
        for (int k = 0; k < plan.kpis().size(); k++) {
            Kpi kpi = plan.kpis().get(k);
            int top = 1 + k * (CHART_ROWS + 2);
            byte[] png = Charts.png(KpiChart.create(kpi, context), 1000, 520);
            Pictures.embed(sheet, png, 0, top, 12, CHART_ROWS);
        }
        PrintLayout.apply(sheet, context, -1);
    }
}
