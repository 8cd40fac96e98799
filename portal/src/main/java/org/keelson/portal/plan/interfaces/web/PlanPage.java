package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.portal.budget.interfaces.web.BudgetChartConfig;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.kpi.KpiStatus;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.Risk;
import org.primefaces.model.TreeNode;

/**
 * Backs plan.xhtml?code=...: WBS tree, milestone early warnings, budget, risk register and heat map, KPIs.
 * An unknown code answers 404 and renders the "not found" panel.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    private String code;
    /** Derived from {@link #code}; reloaded if the view is restored after serialization. */
    private transient Plan plan;
    private transient TreeNode<WbsTree.Row> wbsTree;
    private transient BudgetBreakdown budget;

    /** A milestone with its early-warning state at the plan's status date. */
    public record MilestoneRow(Milestone milestone, MilestoneWarning warning) {
    }

    @PostConstruct
    void readCode() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
    }

    /** preRenderView listener: an unknown or missing code answers 404 (the page shows its "not found" panel). */
    public void answerNotFound() {
        if (!isFound()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getCode() {
        return code;
    }

    public boolean isFound() {
        return getPlan() != null;
    }

    public Plan getPlan() {
        if (plan == null && code != null && !code.isBlank()) {
            plan = plans.findPlan(code).orElse(null);
        }
        return plan;
    }

    /** The date warnings are measured from; see {@link Plan#effectiveStatusDate()}. */
    public LocalDate getStatusDate() {
        return getPlan().effectiveStatusDate();
    }

    public TreeNode<WbsTree.Row> getWbsTree() {
        if (wbsTree == null) {
            wbsTree = WbsTree.of(getPlan().wbs());
        }
        return wbsTree;
    }

    public List<MilestoneRow> getMilestones() {
        LocalDate statusDate = getStatusDate();
        return getPlan().milestones().stream()
                .map(m -> new MilestoneRow(m, MilestoneWarning.of(m, statusDate)))
                .toList();
    }

    public BudgetBreakdown getBudget() {
        if (budget == null) {
            budget = BudgetBreakdown.of(getPlan().budget(), getPlan().effectiveStatusDate());
        }
        return budget;
    }

    public String getBudgetChart() {
        ResourceBundle messages = PageLocale.messages();
        return BudgetChartConfig.quarterlyBars(getBudget(), getPlan().currency(), PageLocale.current(),
                new BudgetChartConfig.Labels(messages.getString("budget.planned"),
                        messages.getString("budget.actual"), messages.getString("budget.chartTitle")));
    }

    public List<Risk> getRisks() {
        return getPlan().risks();
    }

    /** LOW, MEDIUM or HIGH by the plan's own thresholds, before response. */
    public String riskLevel(Risk risk) {
        return getPlan().riskMatrix().levelOf(risk.score()).name();
    }

    public RiskHeatMap getHeatMap() {
        return RiskHeatMap.of(getPlan().risks(), getPlan().riskMatrix());
    }

    public List<KpiStatus> getKpis() {
        LocalDate statusDate = getStatusDate();
        return getPlan().kpis().stream().map(k -> KpiStatus.of(k, statusDate)).toList();
    }

    public String text(LocalizedText text) {
        return PageLocale.text(text);
    }

    public String money(Double amount) {
        return MoneyFormat.format(amount, getPlan().currency(), PageLocale.current());
    }
}
