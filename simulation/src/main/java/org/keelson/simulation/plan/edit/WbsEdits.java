package org.keelson.simulation.plan.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * Structural edits of a plan's WBS, the way MS Project's entry table works: insert, add a child, indent, outdent,
 * move up or down and delete, each on a whole element with its subtree. WBS codes are outline numbers, so every
 * structural edit renumbers: codes are derived again from the elements' positions and every reference to a
 * renumbered element (links, milestones, risks, correlations, baseline entries) follows it through
 * {@link PlanReferences}. Deleting takes the subtree along and drops what pointed at it.
 * <p>
 * An edit that would break a rule of the plan format is still returned: the caller validates the result with the
 * same checker as an import, so the user reads the format's message (e.g. a summary with links) next to the
 * element. Only edits with no meaning at all (moving the first element up, a fifth level) throw
 * {@link WbsEditException}.
 */
public final class WbsEdits {

    /** The deepest WBS level of the plan format. */
    public static final int MAX_LEVELS = 4;

    private WbsEdits() {
    }

    /** The plan after an edit, and how the edit renamed and removed WBS codes (old code to new code). */
    public record Result(Plan plan, Map<String, String> renamed, Set<String> removed) {
        public Result {
            renamed = Map.copyOf(renamed);
            removed = Set.copyOf(removed);
        }
    }

    /** A new element right after {@code code}'s subtree, on its level; at the end of level 1 when code is null. */
    public static Result insertAfter(Plan plan, String code, Activity element) {
        Forest forest = Forest.of(plan.wbs());
        Node node = new Node(element);
        if (code == null) {
            forest.roots.add(node);
        } else {
            Node anchor = forest.find(code);
            List<Node> siblings = forest.siblingsOf(anchor);
            siblings.add(siblings.indexOf(anchor) + 1, node);
        }
        return forest.result(plan);
    }

    /** A new element as the last child of {@code parentCode}. */
    public static Result addChild(Plan plan, String parentCode, Activity element) {
        Forest forest = Forest.of(plan.wbs());
        Node parent = forest.find(parentCode);
        if (forest.level(parent) >= MAX_LEVELS) {
            throw new WbsEditException(parentCode, "an element on level " + MAX_LEVELS + " cannot have children");
        }
        parent.children.add(new Node(element));
        return forest.result(plan);
    }

    /** {@code code} becomes the last child of the element above it on its level. */
    public static Result indent(Plan plan, String code) {
        Forest forest = Forest.of(plan.wbs());
        Node node = forest.find(code);
        List<Node> siblings = forest.siblingsOf(node);
        int index = siblings.indexOf(node);
        if (index == 0) {
            throw new WbsEditException(code, "the first element of its level has nothing above it to go under");
        }
        if (forest.level(node) + 1 + node.depth() > MAX_LEVELS) {
            throw new WbsEditException(code, "indenting would put part of it below level " + MAX_LEVELS);
        }
        siblings.remove(index);
        siblings.get(index - 1).children.add(node);
        return forest.result(plan);
    }

    /**
     * {@code code} moves one level up, right after its former parent. The elements below it on its old level stay
     * with the old parent (MS Project would adopt them; keeping them is what OpenProject does and moves less).
     */
    public static Result outdent(Plan plan, String code) {
        Forest forest = Forest.of(plan.wbs());
        Node node = forest.find(code);
        Node parent = forest.parentOf(node);
        if (parent == null) {
            throw new WbsEditException(code, "an element on level 1 cannot move further out");
        }
        parent.children.remove(node);
        List<Node> parentSiblings = forest.siblingsOf(parent);
        parentSiblings.add(parentSiblings.indexOf(parent) + 1, node);
        return forest.result(plan);
    }

    /** {@code code} swaps places with the element above it on its level, subtrees included. */
    public static Result moveUp(Plan plan, String code) {
        return move(plan, code, -1);
    }

    /** {@code code} swaps places with the element below it on its level, subtrees included. */
    public static Result moveDown(Plan plan, String code) {
        return move(plan, code, 1);
    }

    private static Result move(Plan plan, String code, int step) {
        Forest forest = Forest.of(plan.wbs());
        Node node = forest.find(code);
        List<Node> siblings = forest.siblingsOf(node);
        int index = siblings.indexOf(node);
        int target = index + step;
        if (target < 0 || target >= siblings.size()) {
            throw new WbsEditException(code, step < 0 ? "it is already the first element of its level"
                    : "it is already the last element of its level");
        }
        siblings.set(index, siblings.get(target));
        siblings.set(target, node);
        return forest.result(plan);
    }

    /** {@code code} and its subtree leave the plan, with the links, risk links and correlations that name them. */
    public static Result delete(Plan plan, String code) {
        Forest forest = Forest.of(plan.wbs());
        Node node = forest.find(code);
        forest.siblingsOf(node).remove(node);
        return forest.result(plan);
    }

    /** What deleting {@code code} takes along, to be shown before the user confirms. */
    public static DeletionImpact deletionImpact(Plan plan, String code) {
        Forest forest = Forest.of(plan.wbs());
        List<String> subtree = new ArrayList<>();
        forest.find(code).collect(subtree);
        return DeletionImpact.of(plan, subtree);
    }

    /** One WBS element with its children in list order. */
    private static final class Node {
        final Activity activity;
        final List<Node> children = new ArrayList<>();

        Node(Activity activity) {
            this.activity = activity;
        }

        /** Levels this node's subtree spans below itself (0 for a leaf). */
        int depth() {
            int deepest = 0;
            for (Node child : children) {
                deepest = Math.max(deepest, 1 + child.depth());
            }
            return deepest;
        }

        void collect(List<String> codes) {
            codes.add(activity.code());
            children.forEach(child -> child.collect(codes));
        }
    }

    /** The WBS as a tree, built once per edit in linear time from the list (parents come before children). */
    private static final class Forest {
        final List<Node> roots = new ArrayList<>();
        final Map<String, Node> byCode = new LinkedHashMap<>();
        final Map<Node, Node> parents = new IdentityHashMap<>();

        static Forest of(List<Activity> wbs) {
            Forest forest = new Forest();
            for (Activity activity : wbs) {
                Node node = new Node(activity);
                Node parent = activity.parentCode() == null ? null : forest.byCode.get(activity.parentCode());
                (parent == null ? forest.roots : parent.children).add(node);
                if (parent != null) {
                    forest.parents.put(node, parent);
                }
                forest.byCode.put(activity.code(), node);
            }
            return forest;
        }

        Node find(String code) {
            Node node = byCode.get(code);
            if (node == null) {
                throw new WbsEditException(code, "no WBS element has this code");
            }
            return node;
        }

        Node parentOf(Node node) {
            return parents.get(node);
        }

        List<Node> siblingsOf(Node node) {
            Node parent = parents.get(node);
            return parent == null ? roots : parent.children;
        }

        int level(Node node) {
            int level = 1;
            for (Node p = parents.get(node); p != null; p = parents.get(p)) {
                level++;
            }
            return level;
        }

        /** The plan with the WBS flattened again, renumbered, and every reference following its element. */
        Result result(Plan plan) {
            List<Activity> wbs = new ArrayList<>();
            Map<String, String> renamed = new LinkedHashMap<>();
            number(roots, "", wbs, renamed);
            Set<String> kept = new HashSet<>();
            for (Node node : byCode.values()) {
                if (renamed.containsKey(node.activity.code())) {
                    kept.add(node.activity.code());
                }
            }
            Set<String> removed = new HashSet<>(byCode.keySet());
            removed.removeAll(kept);
            Map<String, String> changed = new LinkedHashMap<>();
            renamed.forEach((from, to) -> {
                if (from != null && !from.equals(to) && byCode.containsKey(from)) {
                    changed.put(from, to);
                }
            });
            return new Result(PlanReferences.follow(plan, wbs, renamed, removed), changed, removed);
        }

        private void number(List<Node> level, String prefix, List<Activity> out, Map<String, String> renamed) {
            for (int i = 0; i < level.size(); i++) {
                Node node = level.get(i);
                String code = prefix + (i + 1);
                String old = node.activity.code();
                if (old != null && byCode.get(old) == node) {
                    renamed.put(old, code);
                }
                out.add(PlanReferences.withCode(node.activity, code));
                number(node.children, code + ".", out, renamed);
            }
        }
    }
}
