package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * missing hangs from the root rather than vanishing. Linear in the number of elements times the WBS depth.
     */
    public static TreeNode<Row> of(List<Activity> wbs, int openLevels) {
        TreeNode<Row> root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<Row>> nodes = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        Wbs hierarchy = new Wbs(wbs);
        Map<String, Span> spans = spansByCode(wbs);
        for (Activity activity : wbs) {
            boolean summary = !hierarchy.isLeaf(activity);
            TreeNode<Row> parent = nodes.getOrDefault(activity.parentCode(), root);
            int depth = parent == root ? 1 : depths.get(activity.parentCode()) + 1;
            String kind = summary ? SUMMARY : activity.milestone() ? MILESTONE : TASK;
            Row row = summary ? summaryRow(activity, spans.get(activity.code()), hierarchy) : leafRow(activity);
            TreeNode<Row> node = new DefaultTreeNode<>(kind, row, parent);
            node.setExpanded(depth < openLevels);
            nodes.put(activity.code(), node);
            depths.put(activity.code(), depth);
        }
        return root;
    }

    /** The planned dates an element and everything below it span (either end null when none has one). */
    private record Span(LocalDate start, LocalDate finish) {
        Span widen(Activity a) {
            return new Span(earlier(start, a.plannedStart()), later(finish, a.plannedFinish()));
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }

    /**
     * Every code's span in one pass: each element widens its own code's span and its ancestors' (by the dot rule,
     * listed or not), so a summary covers exactly the elements whose code is its own or starts with it and a dot.
     */
    private static Map<String, Span> spansByCode(List<Activity> wbs) {
        Map<String, Span> spans = new HashMap<>();
        for (Activity activity : wbs) {
            for (String code = activity.code(); code != null; code = Activity.parentCodeOf(code)) {
                spans.put(code, spans.getOrDefault(code, new Span(null, null)).widen(activity));
            }
        }
        return spans;
    }

    private static Row leafRow(Activity a) {
        return new Row(a.code(), a.name(), a.owner(), a.plannedStart(), a.plannedFinish(), a.duration(),
                a.percentComplete(), a.milestone() ? MILESTONE : TASK);
    }

    private static Row summaryRow(Activity summary, Span span, Wbs wbs) {
        return new Row(summary.code(), summary.name(), summary.owner(), span.start(), span.finish(), null,
                wbs.percentCompleteOf(summary.code()), SUMMARY);
    }
}
