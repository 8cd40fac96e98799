package org.keelson.simulation.benefit;

import java.util.List;

/**
 * The ROI model: benefits start when milestone {@code goLiveMilestone} is reached; cash flows are discounted at
 * the annual {@code discountRate} (0.08 = 8%) to the plan start date, over {@code horizonQuarters} calendar quarters from
 * the quarter the plan starts in.
 * {@code roiTarget} is the plan's target for ROI = total return / total investment (e.g. 2.5).
 */
public record BenefitModel(
        double discountRate,
        int horizonQuarters,
        String goLiveMilestone,
        Double roiTarget,
        List<BenefitLine> lines) {

    public BenefitModel {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
