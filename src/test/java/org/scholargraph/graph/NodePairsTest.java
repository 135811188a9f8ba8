package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePairsTest {

    @Test
    void visitsEachPairOnceInOrderWithWhatItWasFoundWithInTheOrderFound() {
        // given pairs found out of order, 0–2 three times and 1–3 twice
        long[] counts = {4, 2, 0, 0};
        NodePairs pairs = new NodePairs(counts);
        pairs.add(0, 2, 7);
        pairs.add(1, 3, 5);
        pairs.add(0, 1, 9);
        pairs.add(0, 2, 3);
        pairs.add(1, 3, 1);
        pairs.add(0, 2, 8);

        List<String> visits = new ArrayList<>();
        pairs.forEachPair((a, b, found, count) ->
                visits.add(a + "-" + b + " " + Arrays.toString(Arrays.copyOf(found, count))));

        // then by pair, ties in the order found, not sorted
        assertEquals(List.of("0-1 [9]", "0-2 [7, 3, 8]", "1-3 [5, 1]"), visits);
    }
}
