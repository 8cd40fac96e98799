package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Probability of occurrence (0..1) and optional schedule multiplier and cost impact of a risk driver. */
@Embeddable
public class RiskQuantificationValue {
    @Column(name = "probability", nullable = false)
    private double probability;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "min", column = @Column(name = "schedule_min")),
            @AttributeOverride(name = "mostLikely", column = @Column(name = "schedule_most_likely")),
            @AttributeOverride(name = "max", column = @Column(name = "schedule_max")),
            @AttributeOverride(name = "distribution", column = @Column(name = "schedule_distribution"))})
    private EstimateValue scheduleImpact;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "min", column = @Column(name = "cost_min")),
            @AttributeOverride(name = "mostLikely", column = @Column(name = "cost_most_likely")),
            @AttributeOverride(name = "max", column = @Column(name = "cost_max")),
            @AttributeOverride(name = "distribution", column = @Column(name = "cost_distribution"))})
    private EstimateValue costImpact;

    protected RiskQuantificationValue() {
    }

    public RiskQuantificationValue(double probability, EstimateValue scheduleImpact, EstimateValue costImpact) {
        this.probability = probability;
        this.scheduleImpact = scheduleImpact;
        this.costImpact = costImpact;
    }

    public double getProbability() {
        return probability;
    }

    public EstimateValue getScheduleImpact() {
        return scheduleImpact;
    }

    public EstimateValue getCostImpact() {
        return costImpact;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskQuantificationValue other && Objects.equals(probability, other.probability) && Objects.equals(scheduleImpact, other.scheduleImpact) && Objects.equals(costImpact, other.costImpact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(probability, scheduleImpact, costImpact);
    }
}
