package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.keelson.simulation.distribution.DistributionType;

/**
 * A three-point estimate as four columns (callers override the names). Hibernate reads an all-null group as
 * a null estimate, which is how "no uncertainty" is stored.
 */
@Embeddable
public class EstimateValue {
    @Column(name = "min")
    private Double min;
    @Column(name = "most_likely")
    private Double mostLikely;
    @Column(name = "max")
    private Double max;
    @Enumerated(EnumType.STRING)
    @Column(name = "distribution")
    private DistributionType distribution;

    protected EstimateValue() {
    }

    public EstimateValue(double min, double mostLikely, double max, DistributionType distribution) {
        this.min = min;
        this.mostLikely = mostLikely;
        this.max = max;
        this.distribution = distribution;
    }

    public double getMin() {
        return min;
    }

    public double getMostLikely() {
        return mostLikely;
    }

    public double getMax() {
        return max;
    }

    public DistributionType getDistribution() {
        return distribution;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstimateValue other && Objects.equals(min, other.min) && Objects.equals(mostLikely, other.mostLikely) && Objects.equals(max, other.max) && Objects.equals(distribution, other.distribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, mostLikely, max, distribution);
    }
}
