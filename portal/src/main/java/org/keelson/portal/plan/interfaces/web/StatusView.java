package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.PageFormat;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.StatusUpdate;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Wbs;

/**
 * Backs plan/status.xhtml?code=...: progress at a status date, as MS Project's "Update Tasks" records it. PMO and
 * ADMIN enter per leaf the percent complete, actual start and finish and remaining duration, per budget line
 * (category x quarter) the actual cost, and a new status date (only forward); the save is one
 * {@link PlanEdits#recordStatus} through {@link org.keelson.portal.plan.application.PlanEditing}, which reschedules,
 * and the page then says how the forecast finish moved. Refusals stand next to their inputs. Everyone else reads the
 * same tables without inputs. The milestones' early warnings, forecast included, are listed below.
 */
@Named
@ViewScoped
public class StatusView extends EditedPlanView {
    private static final long serialVersionUID = 1L;
    private static final Pattern INDEXED = Pattern.compile("^(progress|wbs|actualCosts|budget\\.lines)\\[(\\d+)](?:\\.(\\w+))?");
    /** A problem's field (the update's name or the plan checker's) to the column's input id. */
    private static final Map<String, String> COLUMNS = Map.of("percentComplete", "percent", "actualStart",
            "actualStart", "actualFinish", "actualFinish", "remainingDuration", "remaining", "duration", "remaining",
            "code", "percent");

    /** One budget line's actual cost as stored and as entered. */
    public static final class CostForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        /** As text ("2026-Q1"): view state is serialized, and Quarter is not Serializable. */
        private final String quarter;
        private final double planned;
        private final double stored;
        private Double actual;

        CostForm(BudgetLine line) {
            category = line.category();
            quarter = line.quarter().toString();
            planned = line.planned();
            stored = line.actual();
            actual = line.actual();
        }

        StatusUpdate.ActualCost changes() {
            // the input shows two decimals: a value posted back as shown is no change
            return actual == null || Math.abs(actual - stored) < 0.005 ? null
                    : new StatusUpdate.ActualCost(category, Quarter.parse(quarter), actual);
        }

        public String getCategory() {
            return category;
        }

        public String getQuarter() {
            return quarter;
        }

        public double getPlanned() {
            return planned;
        }

        public Double getActual() {
            return actual;
        }

        public void setActual(Double actual) {
            this.actual = actual;
        }
    }

    /** A milestone with its early warning at the status date (a late forecast counts). */
    public record MilestoneRow(Milestone milestone, MilestoneWarning warning) {
    }

    private List<ProgressForm> leaves = List.of();
    private List<CostForm> costs = List.of();
    private LocalDate newStatusDate;
    private ProgressFilter filter = ProgressFilter.ALL;
    private String finishMoved;

    @Override
    protected void readFrom(Plan read) {
        Wbs wbs = new Wbs(read.wbs());
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(read);
        leaves = wbs.leaves().stream().map(a -> ProgressForm.of(a, baseline.containsKey(a.code())
                ? baseline.get(a.code()).finish() : null)).toList();
        costs = read.budget() == null ? List.of() : read.budget().lines().stream().map(CostForm::new).toList();
        newStatusDate = read.statusDate();
    }

    /** The leaves the filter keeps, judged on their stored progress. */
    public List<ProgressForm> getRows() {
        Map<String, Activity> stored = new HashMap<>();
        plan().wbs().forEach(a -> stored.put(a.code(), a));
        LocalDate statusDate = getStatusDate();
        return leaves.stream().filter(form -> filter.keeps(stored.get(form.getCode()), form.getBaselineFinish(),
                statusDate)).toList();
    }

    public List<CostForm> getCosts() {
        return costs;
    }

    public List<MilestoneRow> getMilestones() {
        LocalDate statusDate = getStatusDate();
        return plan().milestones().stream().map(m -> new MilestoneRow(m, MilestoneWarning.of(m, statusDate)))
                .toList();
    }

    public ProgressFilter getFilter() {
        return filter;
    }

    public void setFilter(ProgressFilter filter) {
        this.filter = filter == null ? ProgressFilter.ALL : filter;
    }

    public ProgressFilter[] getFilters() {
        return ProgressFilter.values();
    }

    public LocalDate getNewStatusDate() {
        return newStatusDate;
    }

    public void setNewStatusDate(LocalDate newStatusDate) {
        this.newStatusDate = newStatusDate;
    }

    /** The plan's current status date, the earliest a new one may be. */
    public LocalDate getCurrentStatusDate() {
        return plan().statusDate();
    }

    /** The forecast finish (the latest current finish of the WBS). */
    public LocalDate getForecastFinish() {
        return forecastFinish(plan());
    }

    /** "Forecast finish 2026-03-02 (was 2026-02-20)" after a save; null before. */
    public String getFinishMoved() {
        return finishMoved;
    }

    public void save() {
        List<ProgressForm> changedRows = new ArrayList<>();
        List<StatusUpdate.Progress> progress = new ArrayList<>();
        for (ProgressForm form : leaves) {
            StatusUpdate.Progress change = form.changes();
            if (change != null) {
                changedRows.add(form);
                progress.add(change);
            }
        }
        List<StatusUpdate.ActualCost> actualCosts = new ArrayList<>();
        List<CostForm> changedCosts = new ArrayList<>();
        for (CostForm cost : costs) {
            StatusUpdate.ActualCost change = cost.changes();
            if (change != null) {
                changedCosts.add(cost);
                actualCosts.add(change);
            }
        }
        Plan before = plan();
        LocalDate date = Objects.equals(newStatusDate, before.statusDate()) ? null : newStatusDate;
        StatusUpdate update = new StatusUpdate(date, progress, actualCosts);
        List<ProgressForm> shown = getRows();
        List<Activity> wbs = before.wbs();
        LocalDate finishBefore = forecastFinish(before);
        String subject = date != null ? date.toString() : before.statusDate() == null ? "" : before.statusDate()
                .toString();
        if (save(PlanAction.RECORD_STATUS.on(subject), PlanEdits.recordStatus(update),
                fieldOf(changedRows, changedCosts, shown, wbs))) {
            PageFormat format = new PageFormat();
            finishMoved = MessageFormat.format(Messages.get("status.finishMoved"), format.date(getForecastFinish()),
                    format.date(finishBefore));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    finishMoved, null));
        }
    }

    /**
     * The input a problem belongs to: {@code progress[i].x} is the i-th changed row, {@code wbs[k].x} the plan's
     * k-th element, {@code actualCosts[i]} the i-th changed line, {@code budget.lines[k]} the k-th line; null (a
     * message at the top, with the path) when the row is filtered out of the table.
     */
    private Function<String, String> fieldOf(List<ProgressForm> changedRows, List<CostForm> changedCosts,
            List<ProgressForm> shown, List<Activity> wbs) {
        return path -> {
            if ("statusDate".equals(path)) {
                return "statusForm:newStatusDate";
            }
            Matcher m = INDEXED.matcher(path);
            if (!m.find()) {
                return null;
            }
            int index = Integer.parseInt(m.group(2));
            String column = m.group(3) == null ? null : COLUMNS.get(m.group(3));
            return switch (m.group(1)) {
                case "progress" -> index < changedRows.size() ? rowField(shown, changedRows.get(index).getCode(),
                        column) : null;
                case "wbs" -> index < wbs.size() ? rowField(shown, wbs.get(index).code(), column) : null;
                case "actualCosts" -> index < changedCosts.size() ? "statusForm:costs:"
                        + costs.indexOf(changedCosts.get(index)) + ":actual" : null;
                default -> "statusForm:costs:" + index + ":actual";
            };
        };
    }

    private static String rowField(List<ProgressForm> shown, String code, String column) {
        for (int row = 0; row < shown.size(); row++) {
            if (shown.get(row).getCode().equals(code)) {
                return "statusForm:leaves:" + row + ":" + (column == null ? "percent" : column);
            }
        }
        return null;
    }

    private static LocalDate forecastFinish(Plan plan) {
        return plan.wbs().stream().map(Activity::plannedFinish).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }
}
