package org.keelson.simulation.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topological order of dependency links, and the names of the cycles that prevent one. Nodes are numbered in WBS
 * order (0 is the first element in the plan's list); {@code successors[i]} lists the nodes linked after node i, a
 * node once per link. The plan reader and the schedule both use it, so a cycle reads the same wherever it is found.
 */
public final class DependencyOrder {

    /** Cycles longer than this are shown by their first and last halves and their length. */
    static final int LONGEST_CYCLE_SHOWN = 12;

    private DependencyOrder() {
    }

    /**
     * Kahn's algorithm: nodes without predecessors first, in WBS order, then each node as soon as its last predecessor
     * is placed. Shorter than the number of nodes when there are cycles: the nodes left out lie on or behind one.
     */
    public static int[] order(int[][] successors) {
        int n = successors.length;
        int[] unresolved = new int[n];
        for (int[] next : successors) {
            for (int s : next) {
                unresolved[s]++;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (unresolved[i] == 0) {
                ready.add(i);
            }
        }
        int[] result = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            result[count++] = i;
            for (int s : successors[i]) {
                if (--unresolved[s] == 0) {
                    ready.add(s);
                }
            }
        }
        return Arrays.copyOf(result, count);
    }

    /**
     * Every cycle among the nodes {@link #order} leaves out, each once and none passing through another's nodes: from
     * the first remaining node in WBS order, successor links (the first in WBS order that remains) are followed until
     * a node repeats; that cycle is listed from its first node in WBS order, its nodes are set aside and the search
     * goes on. Nodes that merely follow a cycle are never named.
     */
    public static List<List<Integer>> cycles(int[][] successors) {
        int n = successors.length;
        int[][] sorted = new int[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = successors[i].clone();
            Arrays.sort(sorted[i]);
        }
        BitSet remaining = new BitSet(n);
        remaining.set(0, n);
        for (int placed : order(successors)) {
            remaining.clear(placed);
        }
        dropNodesOffCycles(remaining, sorted);
        List<List<Integer>> cycles = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<Integer> cycle = cycleFrom(remaining.nextSetBit(0), remaining, sorted);
            cycles.add(cycle);
            cycle.forEach(remaining::clear);
            dropNodesOffCycles(remaining, sorted);
        }
        return cycles;
    }

    /** "a -> b -> a"; a long cycle shows its first and last activities and how many it has. */
    public static String describe(List<String> cycle) {
        List<String> shown = cycle;
        String count = "";
        if (cycle.size() > LONGEST_CYCLE_SHOWN) {
            shown = new ArrayList<>(cycle.subList(0, LONGEST_CYCLE_SHOWN / 2));
            shown.add("…");
            shown.addAll(cycle.subList(cycle.size() - LONGEST_CYCLE_SHOWN / 2, cycle.size()));
            count = " (" + cycle.size() + " activities)";
        }
        return String.join(" -> ", shown) + " -> " + cycle.get(0) + count;
    }

    /** Removes the nodes without a remaining successor, repeatedly: afterwards each remaining node has one. */
    private static void dropNodesOffCycles(BitSet remaining, int[][] successors) {
        Map<Integer, List<Integer>> predecessors = new HashMap<>();
        Map<Integer, Integer> successorsLeft = new HashMap<>();
        List<Integer> dead = new ArrayList<>();
        for (int node = remaining.nextSetBit(0); node >= 0; node = remaining.nextSetBit(node + 1)) {
            int count = 0;
            for (int successor : successors[node]) {
                if (remaining.get(successor)) {
                    count++;
                    predecessors.computeIfAbsent(successor, key -> new ArrayList<>()).add(node);
                }
            }
            successorsLeft.put(node, count);
            if (count == 0) {
                dead.add(node);
            }
        }
        while (!dead.isEmpty()) {
            int node = dead.remove(dead.size() - 1);
            remaining.clear(node);
            for (int predecessor : predecessors.getOrDefault(node, List.of())) {
                if (successorsLeft.merge(predecessor, -1, Integer::sum) == 0) {
                    dead.add(predecessor);
                }
            }
        }
    }

    private static List<Integer> cycleFrom(int start, BitSet remaining, int[][] successors) {
        List<Integer> walk = new ArrayList<>();
        Map<Integer, Integer> stepOf = new HashMap<>();
        int current = start;
        while (!stepOf.containsKey(current)) {
            stepOf.put(current, walk.size());
            walk.add(current);
            current = Arrays.stream(successors[current]).filter(remaining::get).findFirst().orElseThrow();
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(stepOf.get(current), walk.size()));
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        return cycle;
    }
}
