package org.keelson.simulation.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hierarchy questions about a plan's flat WBS list, answered by one rule: an element is a summary when another
 * element's code names it as parent ({@link Activity#parentCode()}), otherwise it is a leaf. Work, durations, costs
 * and progress belong to leaves; a summary's figures roll up from the leaves below it. An element without a code
 * (only in a plan that failed validation) is a leaf of nobody.
 */
public final class Wbs {

    private final List<Activity> activities;
    private final Map<String, List<Activity>> children = new LinkedHashMap<>();
    private final Set<String> parents = new HashSet<>();
    /** Each element code's leaves (itself when a leaf), in WBS order: one pass, so every roll-up stays linear. */
    private final Map<String, List<Activity>> leavesByAncestor = new HashMap<>();

    public Wbs(List<Activity> activities) {
        this.activities = List.copyOf(activities);
        for (Activity activity : this.activities) {
            String parent = activity.code() == null ? null : activity.parentCode();
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(activity);
                parents.add(parent);
            }
        }
        for (Activity leaf : leaves()) {
            if (leaf.code() != null) {
                for (String code = leaf.code(); code != null; code = Activity.parentCodeOf(code)) {
                    leavesByAncestor.computeIfAbsent(code, k -> new ArrayList<>()).add(leaf);
                }
            }
        }
    }

    public List<Activity> all() {
        return activities;
    }

    public boolean isLeaf(Activity activity) {
        return activity.code() == null || !parents.contains(activity.code());
    }

    /** Direct children of {@code code}, in WBS order. */
    public List<Activity> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Leaves in WBS order. */
    public List<Activity> leaves() {
        return activities.stream().filter(this::isLeaf).toList();
    }

    /** The leaves of element {@code code} and everything below it (itself when it is a leaf), in WBS order. */
    public List<Activity> leavesUnder(String code) {
        return List.copyOf(leavesByAncestor.getOrDefault(code, List.of()));
    }

    /** Budget at completion of a leaf: its fixed cost plus cost per day over its deterministic duration. */
    public static double leafCost(Activity activity) {
        return activity.fixedCost() + activity.costPerDay() * activity.duration();
    }

    /** Budget at completion of any element: a summary's is the sum of its leaves'. */
    public double cost(Activity activity) {
        return isLeaf(activity) ? leafCost(activity)
                : leavesUnder(activity.code()).stream().mapToDouble(Wbs::leafCost).sum();
    }

    /**
     * Physical percent complete (0..100) of the whole WBS: the duration-weighted mean of the leaves' percent
     * complete. Milestones (duration 0) carry no weight; when no leaf has a duration the plain mean of the leaves is
     * used so a plan of zero-length tasks still reports progress; 0 without leaves.
     */
    public double percentComplete() {
        return percentComplete(leaves());
    }

    /** Physical percent complete of element {@code code} and everything below it, by the rule of {@link #percentComplete()}. */
    public double percentCompleteOf(String code) {
        return percentComplete(leavesUnder(code));
    }

    private static double percentComplete(List<Activity> leaves) {
        double totalDuration = leaves.stream().filter(a -> !a.milestone()).mapToDouble(Activity::duration).sum();
        if (totalDuration > 0) {
            return leaves.stream().filter(a -> !a.milestone())
                    .mapToDouble(a -> a.duration() * a.percentComplete()).sum() / totalDuration;
        }
        return leaves.stream().mapToDouble(Activity::percentComplete).average().orElse(0);
    }
}
