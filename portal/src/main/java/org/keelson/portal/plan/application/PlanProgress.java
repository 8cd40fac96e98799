package org.keelson.portal.plan.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.keelson.simulation.schedule.Activity;

/**
 * Physical percent complete of a WBS: the duration-weighted mean of the leaves' percent complete. Summaries
 * roll up from their leaves and milestones (duration 0) carry no weight; when no leaf has a duration the
 * plain mean of the leaves is used so a plan of zero-length tasks still reports progress.
 */
public final class PlanProgress {

    private PlanProgress() {
    }

    /** Percent complete (0..100) of the whole WBS; 0 when it has no leaves. */
    public static double percentComplete(List<Activity> wbs) {
        return percentComplete(wbs, a -> true);
    }

    /** Percent complete of the element {@code code} and everything below it. */
    public static double percentCompleteOf(List<Activity> wbs, String code) {
        String prefix = code + ".";
        return percentComplete(wbs, a -> a.code().equals(code) || a.code().startsWith(prefix));
    }

    private static double percentComplete(List<Activity> wbs, Predicate<Activity> inScope) {
        Set<String> parents = new HashSet<>();
        wbs.forEach(a -> {
            if (a.parentCode() != null) {
                parents.add(a.parentCode());
            }
        });
        List<Activity> leaves = wbs.stream().filter(inScope).filter(a -> !parents.contains(a.code())).toList();
        List<Activity> weighted = leaves.stream().filter(a -> !a.milestone()).toList();
        double totalDuration = weighted.stream().mapToDouble(Activity::duration).sum();
        if (totalDuration > 0) {
            return weighted.stream().mapToDouble(a -> a.duration() * a.percentComplete()).sum() / totalDuration;
        }
        return leaves.stream().mapToDouble(Activity::percentComplete).average().orElse(0);
    }
}
