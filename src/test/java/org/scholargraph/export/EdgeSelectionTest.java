package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeSelectionTest {

    private static List<Integer> kept(EdgeSelection selection) {
        List<Integer> kept = new ArrayList<>();
        for (int e = 0; e < selection.total(); e++) {
            if (selection.keeps(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    @Test
    void keepsTheStrongestEdgesInTheirOwnOrder() {
        double[] weights = {1, 3, 2, 3, 1};
        assertEquals(List.of(1, 3), kept(EdgeSelection.strongest(weights, 2)));
        assertEquals(List.of(1, 2, 3), kept(EdgeSelection.strongest(weights, 3)));
        EdgeSelection four = EdgeSelection.strongest(weights, 4);
        // The weakest weight, 1, is shared by edges 0 and 4: the earlier one stays.
        assertEquals(List.of(0, 1, 2, 3), kept(four));
        assertEquals(5, four.total());
        assertEquals(4, four.written());
        assertEquals(1, four.leftOut());
    }

    @Test
    void amongEqualWeightsTheEarlierEdgesStay() {
        assertEquals(List.of(0, 1), kept(EdgeSelection.strongest(new double[] {7, 7, 7, 7}, 2)));
        // both of 0.5, then the earlier of 0.25
        assertEquals(List.of(0, 1, 2), kept(EdgeSelection.strongest(new double[] {0.5, 0.25, 0.5, 0.25}, 3)));
        assertEquals(List.of(1, 2), kept(EdgeSelection.strongest(new double[] {0.25, 0.5, 0.5, 0.25}, 2)));
    }

    @Test
    void noLimitOrAGraphWithinItKeepsEveryEdge() {
        double[] weights = {1, 3, 2};
        assertEquals(List.of(0, 1, 2), kept(EdgeSelection.strongest(weights, 0)));
        assertEquals(List.of(0, 1, 2), kept(EdgeSelection.strongest(weights, 3)));
        assertEquals(0, EdgeSelection.strongest(weights, 3).leftOut());
    }
}
