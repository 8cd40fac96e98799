package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineVariance;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;

/**
 * Backs plan/baselines.xhtml?code=...: the plan's baselines, the variance of every WBS element against the one
 * chosen (start, finish and duration in working days, cost in the reader's unit; summaries are the roll-up), and for
 * PMO and ADMIN saving the plan as it stands as a named baseline and choosing the baseline every comparison uses
 * (the Gantt chart, the status page, earned value, the reports); without a choice that is the most recently
 * captured one. The page says which one it is.
 */
@Named
@ViewScoped
public class BaselinesView extends EditedPlanView {
    private static final long serialVersionUID = 1L;

    private String shown;
    private String newName;

    @Override
    protected void readFrom(Plan read) {
        if (shown == null || read.baselines().stream().noneMatch(b -> b.name().equals(shown))) {
            shown = Baselines.compared(read).map(Baseline::name).orElse(null);
        }
    }

    /** Newest first by capture date. */
    public List<Baseline> getBaselines() {
        List<Baseline> newestFirst = new ArrayList<>(plan().baselines());
        newestFirst.sort(Comparator.comparing(Baseline::capturedOn, Comparator.nullsFirst(LocalDate::compareTo))
                .reversed());
        return newestFirst;
    }

    /** The baseline the Gantt chart, the status page and the reports compare with. */
    public Baseline getCompared() {
        return Baselines.compared(plan()).orElse(null);
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = shown;
    }

    public List<BaselineVariance.Row> getVariance() {
        return plan().baselines().stream().filter(b -> b.name().equals(shown)).findFirst()
                .map(b -> BaselineVariance.of(plan(), b)).orElse(List.of());
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    /** Makes baseline {@code name} the one every comparison of the plan uses, and shows its variance. */
    public void compareWith(String name) {
        if (save(PlanAction.COMPARE_BASELINE.on(name), PlanEdits.compareWithBaseline(name), path -> null)) {
            shown = name;
        }
    }

    /** Keeps the plan as it stands under the name given, captured today; a baseline of that name is replaced. */
    public void saveBaseline() {
        String name = newName;
        if (save(PlanAction.SAVE_BASELINE.on(name == null ? "" : name.strip()),
                PlanEdits.saveBaseline(name, LocalDate.now(ZoneId.systemDefault())),
                PageEdits.fields("", Map.of("name", "baselineForm:newName")))) {
            shown = name.strip();
            newName = null;
        }
    }
}
