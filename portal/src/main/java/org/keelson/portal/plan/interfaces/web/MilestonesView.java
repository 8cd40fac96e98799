package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;

/** Backs plan/milestones.xhtml?code=...: every milestone with its early warning at the plan's status date. */
@Named
@ViewScoped
public class MilestonesView extends PlanRecordView {
    private static final long serialVersionUID = 1L;

    /** A milestone with its early-warning state at the plan's status date. */
    public record MilestoneRow(Milestone milestone, MilestoneWarning warning) {
    }

    /** The date warnings are measured from; see {@link Plan#effectiveStatusDate()}. */
    public LocalDate getStatusDate() {
        return getPlan().effectiveStatusDate();
    }

    public List<MilestoneRow> getMilestones() {
        LocalDate statusDate = getStatusDate();
        return getPlan().milestones().stream()
                .map(m -> new MilestoneRow(m, MilestoneWarning.of(m, statusDate)))
                .toList();
    }
}
