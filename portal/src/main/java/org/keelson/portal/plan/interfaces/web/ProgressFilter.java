package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;

import org.keelson.simulation.schedule.Activity;

/**
 * Which leaves the status page lists, as MS Project's task filters pick them: all, those in progress (started, not
 * finished), those not started, and the late ones: unfinished and either due to have finished by the status date or
 * now forecast to finish after their baseline finish (MS Project's "Late" and "Slipping" filters together).
 */
public enum ProgressFilter {
    ALL, IN_PROGRESS, NOT_STARTED, LATE;

    /** @param baselineFinish the leaf's finish in the baseline comparisons use; null when it has none */
    public boolean keeps(Activity leaf, LocalDate baselineFinish, LocalDate statusDate) {
        boolean finished = leaf.actualFinish() != null || leaf.percentComplete() >= 100;
        boolean started = leaf.actualStart() != null || leaf.percentComplete() > 0;
        return switch (this) {
            case ALL -> true;
            case IN_PROGRESS -> started && !finished;
            case NOT_STARTED -> !started;
            case LATE -> !finished && leaf.plannedFinish() != null
                    && (statusDate != null && leaf.plannedFinish().isBefore(statusDate)
                            || baselineFinish != null && leaf.plannedFinish().isAfter(baselineFinish));
        };
    }
}
