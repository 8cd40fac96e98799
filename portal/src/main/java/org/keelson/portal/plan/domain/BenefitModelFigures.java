package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** The scalar part of the ROI model; null on a plan without a benefit model. Its lines live on the plan. */
@Embeddable
public class BenefitModelFigures {
    @Column(name = "benefit_discount_rate")
    private Double discountRate;
    @Column(name = "benefit_horizon_quarters")
    private Integer horizonQuarters;
    @Size(max = 64)
    @Column(name = "benefit_go_live_milestone")
    private String goLiveMilestone;
    @Column(name = "benefit_roi_target")
    private Double roiTarget;

    protected BenefitModelFigures() {
    }

    public BenefitModelFigures(double discountRate, int horizonQuarters, String goLiveMilestone, Double roiTarget) {
        this.discountRate = discountRate;
        this.horizonQuarters = horizonQuarters;
        this.goLiveMilestone = goLiveMilestone;
        this.roiTarget = roiTarget;
    }

    public double getDiscountRate() {
        return discountRate;
    }

    public int getHorizonQuarters() {
        return horizonQuarters;
    }

    public String getGoLiveMilestone() {
        return goLiveMilestone;
    }

    public Double getRoiTarget() {
        return roiTarget;
    }
}
