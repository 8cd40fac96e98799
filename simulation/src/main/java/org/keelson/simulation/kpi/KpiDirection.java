package org.keelson.simulation.kpi;

/** Whether a larger measured value is better (conversion rate) or worse (order lead time). */
public enum KpiDirection { HIGHER_IS_BETTER, LOWER_IS_BETTER }
