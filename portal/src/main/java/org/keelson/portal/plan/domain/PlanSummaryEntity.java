package org.keelson.portal.plan.domain;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.PlanStatus;

/**
 * One row of the read model {@code plan_summary} (V3__plan_summary.sql): the figures the portfolio and the plan
 * overview show, stored when the plan is written so that reading them loads no plan graph. Not part of the plan
 * aggregate: it is derived from it and rewritten whole.
 */
@Entity
@Table(name = "plan_summary")
public class PlanSummaryEntity {
    @Id
    @Column(name = "plan_id")
    private Long planId;
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private PlanStatus status;
    @Size(max = 3)
    @Column(name = "currency")
    private String currency;
    @Size(max = 200)
    @Column(name = "manager")
    private String manager;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "deadline")
    private LocalDate deadline;
    @Column(name = "status_date")
    private LocalDate statusDate;
    @Column(name = "budget_total")
    private Double budgetTotal;
    @Column(name = "contingency_reserve")
    private Double contingencyReserve;
    @Column(name = "spend", nullable = false)
    private double spend;
    @Column(name = "progress_percent", nullable = false)
    private double progressPercent;
    @Size(max = 64)
    @Column(name = "next_milestone_code")
    private String nextMilestoneCode;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "next_milestone_name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "next_milestone_name_en"))
    private LocalizedNameValue nextMilestoneName;
    @Column(name = "next_milestone_due")
    private LocalDate nextMilestoneDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "next_milestone_warning")
    private MilestoneWarning nextMilestoneWarning;
    @Column(name = "high_risk_count", nullable = false)
    private int highRiskCount;
    @Column(name = "triggered_risk_count", nullable = false)
    private int triggeredRiskCount;

    protected PlanSummaryEntity() {
    }

    /** Figures of one plan; the plan's own facts come as they are stored, the derived ones as computed. */
    public PlanSummaryEntity(Long planId, String code, LocalizedNameValue name, PlanStatus status, String currency,
            String manager, LocalDate startDate, LocalDate deadline, LocalDate statusDate, Double budgetTotal,
            Double contingencyReserve, double spend, double progressPercent, String nextMilestoneCode,
            LocalizedNameValue nextMilestoneName, LocalDate nextMilestoneDue, MilestoneWarning nextMilestoneWarning,
            int highRiskCount, int triggeredRiskCount) {
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.status = status;
        this.currency = currency;
        this.manager = manager;
        this.startDate = startDate;
        this.deadline = deadline;
        this.statusDate = statusDate;
        this.budgetTotal = budgetTotal;
        this.contingencyReserve = contingencyReserve;
        this.spend = spend;
        this.progressPercent = progressPercent;
        this.nextMilestoneCode = nextMilestoneCode;
        this.nextMilestoneName = nextMilestoneName;
        this.nextMilestoneDue = nextMilestoneDue;
        this.nextMilestoneWarning = nextMilestoneWarning;
        this.highRiskCount = highRiskCount;
        this.triggeredRiskCount = triggeredRiskCount;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public String getManager() {
        return manager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public Double getBudgetTotal() {
        return budgetTotal;
    }

    public Double getContingencyReserve() {
        return contingencyReserve;
    }

    public double getSpend() {
        return spend;
    }

    public double getProgressPercent() {
        return progressPercent;
    }

    public String getNextMilestoneCode() {
        return nextMilestoneCode;
    }

    public LocalizedNameValue getNextMilestoneName() {
        return nextMilestoneName;
    }

    public LocalDate getNextMilestoneDue() {
        return nextMilestoneDue;
    }

    public MilestoneWarning getNextMilestoneWarning() {
        return nextMilestoneWarning;
    }

    public int getHighRiskCount() {
        return highRiskCount;
    }

    /** Live risks whose score reached a response level's trigger. */
    public int getTriggeredRiskCount() {
        return triggeredRiskCount;
    }
}
