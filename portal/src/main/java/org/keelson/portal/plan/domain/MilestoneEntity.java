package org.keelson.portal.plan.domain;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A governance milestone; {@code activityCode} names the zero-duration WBS leaf that carries it. */
@Audited
@Entity
@Table(name = "milestone")
public class MilestoneEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Size(max = 64)
    @Column(name = "phase_code")
    private String phaseCode;
    @Size(max = 64)
    @Column(name = "activity_code")
    private String activityCode;
    @Column(name = "due_date")
    private LocalDate due;
    @Column(name = "baseline_date")
    private LocalDate baseline;
    @Column(name = "forecast_date")
    private LocalDate forecast;
    @Column(name = "actual_date")
    private LocalDate actual;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "deliverable_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "deliverable_en"))
    private LocalizedTextValue deliverable;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "acceptance_criterion_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "acceptance_criterion_en"))
    private LocalizedTextValue acceptanceCriterion;

    protected MilestoneEntity() {
    }

    public MilestoneEntity(String code, LocalizedNameValue name, String phaseCode, String activityCode,
            LocalDate due, LocalDate baseline, LocalDate forecast, LocalDate actual,
            LocalizedTextValue deliverable, LocalizedTextValue acceptanceCriterion) {
        this.code = code;
        this.name = name;
        this.phaseCode = phaseCode;
        this.activityCode = activityCode;
        this.due = due;
        this.baseline = baseline;
        this.forecast = forecast;
        this.actual = actual;
        this.deliverable = deliverable;
        this.acceptanceCriterion = acceptanceCriterion;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public String getPhaseCode() {
        return phaseCode;
    }

    public String getActivityCode() {
        return activityCode;
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getBaseline() {
        return baseline;
    }

    public LocalDate getForecast() {
        return forecast;
    }

    public LocalDate getActual() {
        return actual;
    }

    public LocalizedTextValue getDeliverable() {
        return deliverable;
    }

    public LocalizedTextValue getAcceptanceCriterion() {
        return acceptanceCriterion;
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(MilestoneEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.phaseCode = fresh.phaseCode;
        this.activityCode = fresh.activityCode;
        this.due = fresh.due;
        this.baseline = fresh.baseline;
        this.forecast = fresh.forecast;
        this.actual = fresh.actual;
        this.deliverable = fresh.deliverable;
        this.acceptanceCriterion = fresh.acceptanceCriterion;
    }
}
