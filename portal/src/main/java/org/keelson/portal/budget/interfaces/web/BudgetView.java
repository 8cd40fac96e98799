package org.keelson.portal.budget.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.interfaces.web.EditedPlanView;
import org.keelson.portal.security.Role;
import org.keelson.portal.simulation.application.ContingencyNeed;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.BudgetEdits;
import org.keelson.simulation.plan.edit.BudgetEditsJson;

/**
 * Backs budget/budget.xhtml?code=...: planned against actual spend by category and quarter with its chart, the
 * reserve (drawn, left, and against the P80 contingency need of the latest finished simulation), and for FINANCE,
 * PMO and ADMIN the cost sheet: the authorised total, the reserve percentage and the planned amount of each line
 * (category x quarter, lines can be added), saved as one revision, and drawing money from the reserve with a reason.
 * Both saves go through the plan's edit path: validated, audited, refused when someone saved in between.
 */
@Named
@ViewScoped
public class BudgetView extends EditedPlanView {
    private static final long serialVersionUID = 1L;
    private static final Pattern LINE = Pattern.compile("^budget\\.lines\\[(\\d+)]");
    private static final Pattern DRAWDOWN = Pattern.compile("^budget\\.reserveDrawdowns\\[\\d+]\\.(\\w+)");
    private static final Map<String, String> DRAW_FIELDS = Map.of("category", "drawForm:drawCategory", "quarter",
            "drawForm:drawQuarter", "amount", "drawForm:drawAmount", "reason", "drawForm:drawReason");

    /** One line of the cost sheet: its category and quarter, its planned amount as entered, its actual as stored. */
    public static final class LineForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        /** As text ("2026-Q1"): view state is serialized, and Quarter is not Serializable. */
        private final String quarter;
        private final double actual;
        private Double planned;

        LineForm(String category, String quarter, double planned, double actual) {
            this.category = category;
            this.quarter = quarter;
            this.planned = planned;
            this.actual = actual;
        }

        public String getCategory() {
            return category;
        }

        public String getQuarter() {
            return quarter;
        }

        public double getActual() {
            return actual;
        }

        public Double getPlanned() {
            return planned;
        }

        public void setPlanned(Double planned) {
            this.planned = planned;
        }
    }

    @Inject
    private ContingencyNeed contingencyNeed;

    private transient BudgetBreakdown breakdown;
    private transient ContingencyNeed.AtP80 need;
    private transient boolean needLooked;

    private Double total;
    private Double contingencyPercent;
    private List<LineForm> lines = new ArrayList<>();
    private String newLineCategory;
    private String newLineQuarter;

    private String drawCategory;
    private String drawQuarter;
    private Double drawAmount;
    private String drawReason;

    @Override
    protected void readFrom(Plan read) {
        breakdown = null;
        Budget budget = read.budget();
        if (budget == null) {
            return;
        }
        total = budget.total();
        contingencyPercent = budget.contingencyPercent();
        lines = new ArrayList<>(budget.lines().stream().map(l -> new LineForm(l.category(), l.quarter().toString(),
                l.planned(), l.actual())).toList());
    }

    private Budget stored() {
        return plan().budget();
    }

    /** The breakdown at the plan's effective status date; null when the plan has no budget. */
    public BudgetBreakdown getBudget() {
        if (breakdown == null && stored() != null) {
            breakdown = BudgetBreakdown.of(stored(), getStatusDate());
        }
        return breakdown;
    }

    public String getChart() {
        return BudgetChartConfig.quarterlyBars(getBudget(), plan().currency(), Messages.currentLocale(),
                new BudgetChartConfig.Labels(Messages.get("budget.plannedToDate"), Messages.get("budget.actual"),
                        Messages.get("budget.chartTitle")));
    }

    /** FINANCE, PMO and ADMIN manage the money; everyone else reads. */
    @Override
    public boolean isMayEdit() {
        return currentUser().hasRole(Role.Names.FINANCE) || currentUser().hasRole(Role.Names.PMO)
                || currentUser().hasRole(Role.Names.ADMIN);
    }

    // ---- the reserve ----

    public Budget getStoredBudget() {
        return stored();
    }

    public List<ReserveDrawdown> getDrawdowns() {
        return stored() == null ? List.of() : stored().reserveDrawdowns();
    }

    /** Planned lines minus the authorised budget (total and reserve drawn): above 0 the lines are over-planned. */
    public double getUnallocated() {
        return stored().authorised() - stored().plannedTotal();
    }

    /** The P80 contingency need of the plan's latest finished simulation, against today's budget; null if none. */
    public ContingencyNeed.AtP80 getNeed() {
        if (!needLooked) {
            needLooked = true;
            need = stored() == null ? null : contingencyNeed.latest(getCode(), stored()).orElse(null);
        }
        return need;
    }

    // ---- the cost sheet ----

    public List<LineForm> getLines() {
        return lines;
    }

    public List<BudgetCategory> getCategories() {
        return stored() == null ? List.of() : stored().categories();
    }

    /** The quarters from the plan's start to its deadline (or latest line), for new lines and drawdowns. */
    public List<String> getQuarters() {
        Plan plan = plan();
        Quarter first = Quarter.of(plan.startDate());
        Quarter last = first;
        if (plan.deadline() != null) {
            last = Quarter.of(plan.deadline());
        }
        for (BudgetLine line : stored().lines()) {
            last = line.quarter().compareTo(last) > 0 ? line.quarter() : last;
            first = line.quarter().compareTo(first) < 0 ? line.quarter() : first;
        }
        List<String> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q.toString());
        }
        return quarters;
    }

    /** Adds a line for the chosen category and quarter to the sheet (saved with the sheet), unless it is there. */
    public void addLine() {
        if (newLineCategory == null || newLineQuarter == null) {
            return;
        }
        boolean present = lines.stream().anyMatch(l -> l.getCategory().equals(newLineCategory)
                && l.getQuarter().equals(newLineQuarter));
        if (!present) {
            lines.add(new LineForm(newLineCategory, newLineQuarter, 0, 0));
        }
    }

    public void save() {
        List<BudgetEdits.PlannedAmount> amounts = new ArrayList<>();
        for (LineForm line : lines) {
            amounts.add(new BudgetEdits.PlannedAmount(line.getCategory(), Quarter.parse(line.getQuarter()),
                    line.getPlanned() == null ? 0 : line.getPlanned()));
        }
        BudgetEditsJson.Revision revision = new BudgetEditsJson.Revision(total == null ? 0 : total,
                contingencyPercent == null ? 0 : contingencyPercent, amounts);
        save(isMayEdit(), PlanAction.UPDATE_BUDGET.on(""), PlanEdits.reviseBudget(revision), this::sheetField);
    }

    /** {@code budget.lines[k]} is the sheet's k-th row: new lines go last in the sheet and in the saved budget. */
    private String sheetField(String path) {
        if (path.startsWith("budget.total")) {
            return "budgetForm:total";
        }
        if (path.startsWith("budget.contingencyPercent")) {
            return "budgetForm:contingencyPercent";
        }
        Matcher m = LINE.matcher(path);
        return m.find() && Integer.parseInt(m.group(1)) < lines.size()
                ? "budgetForm:lines:" + m.group(1) + ":planned" : null;
    }

    public void drawReserve() {
        Quarter quarter = drawQuarter == null ? null : Quarter.parse(drawQuarter);
        BudgetEditsJson.Drawdown drawdown = new BudgetEditsJson.Drawdown(drawCategory, quarter,
                drawAmount == null ? 0 : drawAmount, drawReason);
        if (save(isMayEdit(), PlanAction.DRAW_RESERVE.on(drawCategory == null ? "" : drawCategory),
                PlanEdits.drawReserve(drawdown, currentUser().getUsername(), LocalDate.now()), drawField())) {
            drawAmount = null;
            drawReason = null;
        }
    }

    private Function<String, String> drawField() {
        return path -> {
            Matcher m = DRAWDOWN.matcher(path);
            return m.find() ? DRAW_FIELDS.get(m.group(1)) : null;
        };
    }

    // ---- form fields ----

    public Double getTotal() {
        return total;
    }

    public void setTotal(Double total) {
        this.total = total;
    }

    public Double getContingencyPercent() {
        return contingencyPercent;
    }

    public void setContingencyPercent(Double contingencyPercent) {
        this.contingencyPercent = contingencyPercent;
    }

    public String getNewLineCategory() {
        return newLineCategory;
    }

    public void setNewLineCategory(String newLineCategory) {
        this.newLineCategory = newLineCategory;
    }

    public String getNewLineQuarter() {
        return newLineQuarter;
    }

    public void setNewLineQuarter(String newLineQuarter) {
        this.newLineQuarter = newLineQuarter;
    }

    public String getDrawCategory() {
        return drawCategory;
    }

    public void setDrawCategory(String drawCategory) {
        this.drawCategory = drawCategory;
    }

    public String getDrawQuarter() {
        return drawQuarter;
    }

    public void setDrawQuarter(String drawQuarter) {
        this.drawQuarter = drawQuarter;
    }

    public Double getDrawAmount() {
        return drawAmount;
    }

    public void setDrawAmount(Double drawAmount) {
        this.drawAmount = drawAmount;
    }

    public String getDrawReason() {
        return drawReason;
    }

    public void setDrawReason(String drawReason) {
        this.drawReason = drawReason;
    }
}
