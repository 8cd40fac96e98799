package org.keelson.simulation.schedule;

/** A link from {@code predecessor} (a WBS code) to the activity that holds it; lag in working days, may be negative. */
public record Relation(String predecessor, RelationType type, double lag) {
}
