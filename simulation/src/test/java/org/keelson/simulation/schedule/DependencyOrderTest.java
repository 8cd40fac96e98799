package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DependencyOrderTest {

    @Test
    void ordersPredecessorsFirstTakingReadyNodesInWbsOrder() {
        // 0 -> 2, 1 -> 2, 2 -> 3, 0 -> 3; 4 stands alone
        int[][] successors = {{2, 3}, {2}, {3}, {}, {}};
        assertArrayEquals(new int[] {0, 1, 4, 2, 3}, DependencyOrder.order(successors));
        assertEquals(List.of(), DependencyOrder.cycles(successors));
    }

    @Test
    void namesEachCycleOnceFromItsFirstNodeAndNotTheNodesFollowingIt() {
        // 1 -> 2 -> 1; 5 -> 3 -> 4 -> 5; 0 -> 1 leads in, 2 -> 6 and 4 -> 6 lead out
        int[][] successors = {{1}, {2}, {1, 6}, {4}, {5, 6}, {3}, {}};
        assertArrayEquals(new int[] {0}, DependencyOrder.order(successors));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4, 5)), DependencyOrder.cycles(successors));
    }

    @Test
    void followsTheFirstSuccessorInWbsOrderWhenCyclesShareANode() {
        // 0 -> 1 -> 0 and 0 -> 2 -> 0 share node 0: the first found is named, the other no longer closes
        int[][] successors = {{2, 1}, {0}, {0}};
        assertEquals(List.of(List.of(0, 1)), DependencyOrder.cycles(successors));
    }

    @Test
    void aLongCycleIsShownByItsEndsAndLength() {
        List<String> ring = IntStream.rangeClosed(1, 13).mapToObj(String::valueOf).toList();
        assertEquals("1 -> 2 -> 3 -> 4 -> 5 -> 6 -> … -> 8 -> 9 -> 10 -> 11 -> 12 -> 13 -> 1 (13 activities)",
                DependencyOrder.describe(ring));
        assertEquals("a -> b -> a", DependencyOrder.describe(List.of("a", "b")));
    }
}
