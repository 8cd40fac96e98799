package org.keelson.simulation.risk;

/** Where a risk stands in its lifecycle. */
public enum RiskStatus { OPEN, MITIGATING, OCCURRED, CLOSED }
