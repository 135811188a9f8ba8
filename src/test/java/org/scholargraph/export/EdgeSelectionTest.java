package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

    /** Values from a small pool, so that most repeat, with the doubles a sort orders specially. */
    private static double[] values(long seed, int length) {
        double[] pool = {0.0, -0.0, 1.5, 1.5, 2.0, 7.25, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, 1e-300, 0.1 + 0.2};
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextInt(3) == 0 ? random.nextDouble() : pool[random.nextInt(pool.length)];
        }
        return values;
    }

    @Property(tries = 200)
    void selectFindsWhatASortPutsAtTheIndex(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
            @ForAll @IntRange(min = 0, max = 299) int index) {
        double[] values = values(seed, length);
        int k = index % length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertEquals(0, Double.compare(sorted[k], EdgeSelection.select(values.clone(), k)));
    }

    @Test
    void selectOnOrderedAndEqualRunsThatDefeatNaivePivots() {
        int m = 100_000;
        double[] ascending = new double[m];
        double[] organPipe = new double[m];
        double[] equal = new double[m];
        for (int i = 0; i < m; i++) {
            ascending[i] = i;
            organPipe[i] = Math.min(i, m - 1 - i);
            equal[i] = 4.0;
        }
        for (double[] values : List.of(ascending, organPipe, equal)) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k : new int[] {0, 1, m / 3, m / 2, m - 2, m - 1}) {
                assertEquals(sorted[k], EdgeSelection.select(values.clone(), k));
            }
        }
    }
}
