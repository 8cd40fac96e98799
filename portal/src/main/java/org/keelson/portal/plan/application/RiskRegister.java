package org.keelson.portal.plan.application;

import java.util.List;

import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;

/** A plan's risks and the thresholds that grade them. */
public record RiskRegister(List<Risk> risks, RiskMatrix matrix) {
}
