package org.keelson.reports.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keelson.simulation.schedule.Activity;

/** Hierarchy questions about a plan's flat WBS list (parents before children, code gives the parent). */
public final class Wbs {

    private final List<Activity> activities;
    private final Map<String, List<Activity>> children = new LinkedHashMap<>();
    private final Set<String> parents = new HashSet<>();

    public Wbs(List<Activity> activities) {
        this.activities = List.copyOf(activities);
        for (Activity activity : activities) {
            String parent = activity.parentCode();
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(activity);
                parents.add(parent);
            }
        }
    }

    public List<Activity> all() {
        return activities;
    }

    public boolean isLeaf(Activity activity) {
        return !parents.contains(activity.code());
    }

    public List<Activity> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Activity> leaves() {
        return activities.stream().filter(this::isLeaf).toList();
    }

    /** Budget at completion of a leaf: its fixed cost plus cost per day over its deterministic duration. */
    public static double leafCost(Activity activity) {
        return activity.fixedCost() + activity.costPerDay() * activity.duration();
    }

    /** Budget at completion of any element: a summary's is the sum of its leaves'. */
    public double cost(Activity activity) {
        if (isLeaf(activity)) {
            return leafCost(activity);
        }
        return childrenOf(activity.code()).stream().mapToDouble(this::cost).sum();
    }
}
