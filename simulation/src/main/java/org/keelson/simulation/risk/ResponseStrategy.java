package org.keelson.simulation.risk;

/** Response strategies for threats (PMBOK). */
public enum ResponseStrategy { AVOID, MITIGATE, TRANSFER, ACCEPT }
