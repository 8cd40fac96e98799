package org.keelson.portal.plan.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A quarterly benefit stream (negative for running costs) of the ROI model. */
@Audited
@Entity
@Table(name = "benefit_line")
public class BenefitLineEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Embedded
    @AttributeOverride(name = "min", column = @Column(name = "amount_min"))
    @AttributeOverride(name = "mostLikely", column = @Column(name = "amount_most_likely"))
    @AttributeOverride(name = "max", column = @Column(name = "amount_max"))
    @AttributeOverride(name = "distribution", column = @Column(name = "amount_distribution"))
    private EstimateValue quarterlyAmount;
    @Column(name = "ramp_up_quarters", nullable = false)
    private int rampUpQuarters;

    protected BenefitLineEntity() {
    }

    public BenefitLineEntity(String code, LocalizedNameValue name, EstimateValue quarterlyAmount, int rampUpQuarters) {
        this.code = code;
        this.name = name;
        this.quarterlyAmount = quarterlyAmount;
        this.rampUpQuarters = rampUpQuarters;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public EstimateValue getQuarterlyAmount() {
        return quarterlyAmount;
    }

    public int getRampUpQuarters() {
        return rampUpQuarters;
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(BenefitLineEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.quarterlyAmount = fresh.quarterlyAmount;
        this.rampUpQuarters = fresh.rampUpQuarters;
    }
}
