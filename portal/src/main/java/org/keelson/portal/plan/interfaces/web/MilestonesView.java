package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Milestone;

/** Backs plan/milestones.xhtml?code=...: every milestone with its early warning at the plan's status date. */
@Named
@ViewScoped
public class MilestonesView extends PlanRecordView<List<Milestone>> {
    private static final long serialVersionUID = 1L;

    /** A milestone with its early-warning state at the plan's status date. */
    public record MilestoneRow(Milestone milestone, MilestoneWarning warning) {
    }

    @Override
    protected Optional<PlanExtract<List<Milestone>>> find(PlanService service, String code) {
        return service.findMilestones(code);
    }

    public List<MilestoneRow> getMilestones() {
        LocalDate statusDate = getStatusDate();
        return part().stream().map(m -> new MilestoneRow(m, MilestoneWarning.of(m, statusDate))).toList();
    }
}
