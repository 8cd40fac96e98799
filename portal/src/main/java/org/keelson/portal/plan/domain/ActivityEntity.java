package org.keelson.portal.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import org.hibernate.annotations.BatchSize;

/** A WBS element; relations, durations and costs are meaningful on leaves only (see the Activity record). */
@Audited
@Entity
@Table(name = "activity")
public class ActivityEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Size(max = 200)
    @Column(name = "owner")
    private String owner;
    @Size(max = 64)
    @Column(name = "phase_code")
    private String phaseCode;
    @Column(name = "milestone", nullable = false)
    private boolean milestone;
    @Column(name = "duration", nullable = false)
    private double duration;
    @Embedded
    @AttributeOverride(name = "min", column = @Column(name = "estimate_min"))
    @AttributeOverride(name = "mostLikely", column = @Column(name = "estimate_most_likely"))
    @AttributeOverride(name = "max", column = @Column(name = "estimate_max"))
    @AttributeOverride(name = "distribution", column = @Column(name = "estimate_distribution"))
    private EstimateValue estimate;
    @Column(name = "planned_start")
    private LocalDate plannedStart;
    @Column(name = "planned_finish")
    private LocalDate plannedFinish;
    @Column(name = "percent_complete", nullable = false)
    private double percentComplete;
    @Column(name = "actual_start")
    private LocalDate actualStart;
    @Column(name = "actual_finish")
    private LocalDate actualFinish;
    @Column(name = "fixed_cost", nullable = false)
    private double fixedCost;
    @Column(name = "cost_per_day", nullable = false)
    private double costPerDay;
    @Size(max = 64)
    @Column(name = "budget_category")
    private String budgetCategory;

    @ElementCollection
    @CollectionTable(name = "activity_relation", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 256)
    private List<RelationValue> relations = new ArrayList<>();

    protected ActivityEntity() {
    }

    public ActivityEntity(String code, LocalizedNameValue name, String owner, String phaseCode, boolean milestone,
            double duration, EstimateValue estimate, LocalDate plannedStart, LocalDate plannedFinish,
            double percentComplete, LocalDate actualStart, LocalDate actualFinish, double fixedCost,
            double costPerDay, String budgetCategory, List<RelationValue> relations) {
        this.code = code;
        this.name = name;
        this.owner = owner;
        this.phaseCode = phaseCode;
        this.milestone = milestone;
        this.duration = duration;
        this.estimate = estimate;
        this.plannedStart = plannedStart;
        this.plannedFinish = plannedFinish;
        this.percentComplete = percentComplete;
        this.actualStart = actualStart;
        this.actualFinish = actualFinish;
        this.fixedCost = fixedCost;
        this.costPerDay = costPerDay;
        this.budgetCategory = budgetCategory;
        this.relations.addAll(relations);
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public String getPhaseCode() {
        return phaseCode;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public double getDuration() {
        return duration;
    }

    public EstimateValue getEstimate() {
        return estimate;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public double getPercentComplete() {
        return percentComplete;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualFinish() {
        return actualFinish;
    }

    public double getFixedCost() {
        return fixedCost;
    }

    public double getCostPerDay() {
        return costPerDay;
    }

    public String getBudgetCategory() {
        return budgetCategory;
    }

    public List<RelationValue> getRelations() {
        return List.copyOf(relations);
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(ActivityEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.owner = fresh.owner;
        this.phaseCode = fresh.phaseCode;
        this.milestone = fresh.milestone;
        this.duration = fresh.duration;
        this.estimate = fresh.estimate;
        this.plannedStart = fresh.plannedStart;
        this.plannedFinish = fresh.plannedFinish;
        this.percentComplete = fresh.percentComplete;
        this.actualStart = fresh.actualStart;
        this.actualFinish = fresh.actualFinish;
        this.fixedCost = fresh.fixedCost;
        this.costPerDay = fresh.costPerDay;
        this.budgetCategory = fresh.budgetCategory;
        replace(relations, fresh.relations);
    }
}
