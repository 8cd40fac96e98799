package org.keelson.portal.simulation.interfaces.web;

import java.util.Optional;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;

/**
 * Backs simulation/compare.xhtml?code=...&amp;a=...&amp;b=...: two runs of a plan side by side (their settings, and
 * once both are done the {@link RunComparison} of their figures and plans).
 */
@Named
@ViewScoped
public class SimulationCompareView extends PlanRecordView<SimulationCompareView.Runs> {
    private static final long serialVersionUID = 1L;

    /** The two runs compared. */
    public record Runs(SimulationRun a, SimulationRun b) {
    }

    @Inject
    SimulationService simulations;

    private Long a;
    private Long b;
    private transient RunComparison comparison;

    @Override
    protected Optional<PlanExtract<Runs>> find(PlanService service, String code) {
        comparison = null;
        if (a == null || b == null) {
            return Optional.empty();
        }
        return service.findFacts(code).flatMap(facts -> simulations.find(code, a)
                .flatMap(first -> simulations.find(code, b).map(second -> new PlanExtract<>(facts,
                        new Runs(first, second)))));
    }

    public SimulationRun getRunA() {
        return part().a();
    }

    public SimulationRun getRunB() {
        return part().b();
    }

    /** Whether both runs are done: only then are there figures to compare. */
    public boolean isDone() {
        return isFound() && getRunA().status() == RunStatus.DONE && getRunB().status() == RunStatus.DONE;
    }

    /** Whether both runs simulated the same plan (the same snapshot hash). */
    public boolean isPlanUnchanged() {
        return getRunA().planSha256().equals(getRunB().planSha256());
    }

    public RunComparison getComparison() {
        if (comparison == null) {
            comparison = new RunComparison(getRunA(), getRunB(), plan().currency(), Messages.currentLocale());
        }
        return comparison;
    }

    public Long getA() {
        return a;
    }

    public void setA(Long a) {
        this.a = a;
    }

    public Long getB() {
        return b;
    }

    public void setB(Long b) {
        this.b = b;
    }

}
