package org.keelson.simulation.roi;

import org.keelson.simulation.calendar.Quarter;

/** Mean simulated investment, benefit and net cash flow of one quarter of the ROI horizon. */
public record QuarterCashFlow(Quarter quarter, double investment, double benefit, double net) {
}
