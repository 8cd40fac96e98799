package org.keelson.simulation.benefit;

import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.text.LocalizedText;

/**
 * A stream of benefit per quarter once fully ramped up (negative for recurring running costs). It starts at
 * go-live and grows linearly to full run-rate over {@code rampUpQuarters}.
 */
public record BenefitLine(String code, LocalizedText name, ThreePointEstimate quarterlyAmount, int rampUpQuarters) {
}
