package org.keelson.interchange;

import java.util.List;
import java.util.Map;

import org.keelson.simulation.plan.Plan;

/**
 * A valid plan read from a project file, the notes on what it could not carry over, and for every WBS code the
 * ID the source file gives that task (MS Project task ID, P6 activity ID), so a reader can find it in the tool.
 */
public record ImportResult(Plan plan, List<ImportNote> notes, Map<String, String> sourceTaskIds) {

    public ImportResult {
        notes = List.copyOf(notes);
        sourceTaskIds = Map.copyOf(sourceTaskIds);
    }
}
