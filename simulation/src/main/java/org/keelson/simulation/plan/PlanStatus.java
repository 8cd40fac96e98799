package org.keelson.simulation.plan;

/** Lifecycle state of a plan, as a PMO portfolio shows it. */
public enum PlanStatus { PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED }
