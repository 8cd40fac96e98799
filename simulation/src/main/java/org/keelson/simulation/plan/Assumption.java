package org.keelson.simulation.plan;

/**
 * A value the plan's author chose where the source was silent or contradictory. {@code subject} names what it
 * applies to (a JSON path or a topic such as "wbs durations"); {@code text} says what was chosen and why.
 */
public record Assumption(String subject, String text) {
}
