package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Wbs;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The WBS as a PrimeFaces tree, open down to a chosen level (level 1 shows only the top elements). Leaves show their own figures; a summary shows the span of
 * its descendants' planned dates and their duration-weighted percent complete (no duration of its own:
 * summing working days of parallel work would mislead).
 */
public final class WbsTree {
    static final String SUMMARY = "summary";
    static final String TASK = "task";
    static final String MILESTONE = "milestone";

    /** One tree row; {@code duration} is null on summaries. */
    public record Row(String code, LocalizedText name, String owner, LocalDate start, LocalDate finish,
            Double duration, double percentComplete, String kind) implements Serializable {
    }

    private WbsTree() {
    }

    /**
     * Builds the tree with the elements above {@code openLevels} expanded; an element whose parent code is
     * missing hangs from the root rather than vanishing.
     */
    public static TreeNode<Row> of(List<Activity> wbs, int openLevels) {
        TreeNode<Row> root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<Row>> nodes = new HashMap<>();
        Wbs hierarchy = new Wbs(wbs);
        for (Activity activity : wbs) {
            boolean summary = !hierarchy.isLeaf(activity);
            TreeNode<Row> parent = nodes.getOrDefault(activity.parentCode(), root);
            String kind = summary ? SUMMARY : activity.milestone() ? MILESTONE : TASK;
            TreeNode<Row> node = new DefaultTreeNode<>(kind, summary ? summaryRow(activity, hierarchy) : leafRow(activity),
                    parent);
            node.setExpanded(depth(node) < openLevels);
            nodes.put(activity.code(), node);
        }
        return root;
    }

    /** 1 for a top element. */
    private static int depth(TreeNode<Row> node) {
        int depth = 0;
        for (TreeNode<Row> n = node; n.getParent() != null; n = n.getParent()) {
            depth++;
        }
        return depth;
    }

    private static Row leafRow(Activity a) {
        return new Row(a.code(), a.name(), a.owner(), a.plannedStart(), a.plannedFinish(), a.duration(),
                a.percentComplete(), a.milestone() ? MILESTONE : TASK);
    }

    private static Row summaryRow(Activity summary, Wbs wbs) {
        String prefix = summary.code() + ".";
        List<Activity> scope = wbs.all().stream()
                .filter(a -> a.code().equals(summary.code()) || a.code().startsWith(prefix)).toList();
        LocalDate start = scope.stream().map(Activity::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate finish = scope.stream().map(Activity::plannedFinish).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Row(summary.code(), summary.name(), summary.owner(), start, finish, null,
                wbs.percentCompleteOf(summary.code()), SUMMARY);
    }
}
