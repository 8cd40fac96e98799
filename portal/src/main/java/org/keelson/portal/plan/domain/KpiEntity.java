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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import org.hibernate.annotations.BatchSize;
import org.keelson.simulation.kpi.KpiDirection;

/** A key performance indicator with its planned trajectory and actual measurements, both in date order. */
@Audited
@Entity
@Table(name = "kpi")
public class KpiEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Size(max = 64)
    @Column(name = "unit")
    private String unit;
    @Size(max = 64)
    @Column(name = "kpi_group")
    private String group;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction")
    private KpiDirection direction;
    @Column(name = "baseline_value")
    private Double baseline;
    @Column(name = "target_value", nullable = false)
    private double target;
    @Column(name = "target_date")
    private LocalDate targetDate;

    @ElementCollection
    @CollectionTable(name = "kpi_trajectory_point", joinColumns = @JoinColumn(name = "kpi_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 256)
    private List<KpiPointValue> trajectory = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kpi_actual_point", joinColumns = @JoinColumn(name = "kpi_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 256)
    private List<KpiPointValue> actuals = new ArrayList<>();

    protected KpiEntity() {
    }

    public KpiEntity(String code, LocalizedNameValue name, String unit, String group, KpiDirection direction,
            Double baseline, double target, LocalDate targetDate, List<KpiPointValue> trajectory,
            List<KpiPointValue> actuals) {
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.group = group;
        this.direction = direction;
        this.baseline = baseline;
        this.target = target;
        this.targetDate = targetDate;
        this.trajectory.addAll(trajectory);
        this.actuals.addAll(actuals);
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getGroup() {
        return group;
    }

    public KpiDirection getDirection() {
        return direction;
    }

    public Double getBaseline() {
        return baseline;
    }

    public double getTarget() {
        return target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public List<KpiPointValue> getTrajectory() {
        return List.copyOf(trajectory);
    }

    public List<KpiPointValue> getActuals() {
        return List.copyOf(actuals);
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(KpiEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.unit = fresh.unit;
        this.group = fresh.group;
        this.direction = fresh.direction;
        this.baseline = fresh.baseline;
        this.target = fresh.target;
        this.targetDate = fresh.targetDate;
        replace(trajectory, fresh.trajectory);
        replace(actuals, fresh.actuals);
    }
}
