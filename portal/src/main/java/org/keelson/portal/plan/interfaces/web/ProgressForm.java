package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import org.keelson.simulation.plan.edit.StatusUpdate;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.text.LocalizedText;

/**
 * One leaf's row of the status page's form: the progress as stored and as the user changed it. Only what the user
 * changed goes into the {@link StatusUpdate}, so a row left alone keeps its stored values exactly (a percent or
 * remaining duration shown rounded to one decimal is not sent back as a re-estimate).
 */
public final class ProgressForm implements Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * Half the last decimal the inputs show (one): a value shown rounded and posted back as it was shown is no change.
     */
    private static final double UNCHANGED = 0.05;

    private final String code;
    /** The name's two languages: view state is serialized, and LocalizedText is not Serializable. */
    private final String nameZh;
    private final String nameEn;
    private final LocalDate plannedStart;
    private final LocalDate plannedFinish;
    private final LocalDate baselineFinish;
    private final double storedPercent;
    private final LocalDate storedActualStart;
    private final LocalDate storedActualFinish;
    private final double storedRemaining;
    private Double percentComplete;
    private LocalDate actualStart;
    private LocalDate actualFinish;
    private Double remainingDuration;

    private ProgressForm(Activity leaf, LocalDate baselineFinish) {
        this.code = leaf.code();
        this.nameZh = leaf.name() == null ? null : leaf.name().zh();
        this.nameEn = leaf.name() == null ? null : leaf.name().en();
        this.plannedStart = leaf.plannedStart();
        this.plannedFinish = leaf.plannedFinish();
        this.baselineFinish = baselineFinish;
        this.storedPercent = leaf.percentComplete();
        this.storedActualStart = leaf.actualStart();
        this.storedActualFinish = leaf.actualFinish();
        this.storedRemaining = leaf.duration() * (1 - leaf.percentComplete() / 100);
        this.percentComplete = storedPercent;
        this.actualStart = storedActualStart;
        this.actualFinish = storedActualFinish;
        this.remainingDuration = storedRemaining;
    }

    public static ProgressForm of(Activity leaf, LocalDate baselineFinish) {
        return new ProgressForm(leaf, baselineFinish);
    }

    /** The row's changes; null when the user changed nothing in it. */
    public StatusUpdate.Progress changes() {
        Double percent = percentComplete != null && Math.abs(percentComplete - storedPercent) >= UNCHANGED
                ? percentComplete : null;
        LocalDate start = Objects.equals(actualStart, storedActualStart) ? null : actualStart;
        LocalDate finish = Objects.equals(actualFinish, storedActualFinish) ? null : actualFinish;
        Double remaining = remainingDuration != null && Math.abs(remainingDuration - storedRemaining) >= UNCHANGED
                ? remainingDuration : null;
        if (percent == null && start == null && finish == null && remaining == null) {
            return null;
        }
        return new StatusUpdate.Progress(code, percent, start, finish, remaining);
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return LocalizedText.of(nameZh, nameEn);
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public LocalDate getBaselineFinish() {
        return baselineFinish;
    }

    public Double getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(Double percentComplete) {
        this.percentComplete = percentComplete;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualFinish() {
        return actualFinish;
    }

    public void setActualFinish(LocalDate actualFinish) {
        this.actualFinish = actualFinish;
    }

    public Double getRemainingDuration() {
        return remainingDuration;
    }

    public void setRemainingDuration(Double remainingDuration) {
        this.remainingDuration = remainingDuration;
    }
}
