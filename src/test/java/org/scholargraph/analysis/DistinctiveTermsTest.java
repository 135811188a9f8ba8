package org.scholargraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {

    @Test
    void scoresATermFoundOnlyInOneCommunityByHand() {
        // Community 0: members 0 and 1 with "a"; community 1: members 2 and 3 with "b"; "c" once in each.
        int[] membership = {0, 0, 1, 1};
        List<List<String>> terms = List.of(List.of("a", "c", "a"), List.of("a"), List.of("b", "c"), List.of("b"));

        DistinctiveTerms labels = new DistinctiveTerms(membership, 2, terms::get, v -> 1, 3, 5);

        // "a": k11 = 2, k12 = 0, k21 = 0, k22 = 2, every expected count 1: G² = 2 (2 ln 2 + 2 ln 2).
        // "c" is as frequent inside as outside, so it labels neither; a repeat counts once.
        double g2 = 8 * Math.log(2);
        assertEquals(List.of(new DistinctiveTerms.ScoredTerm("a", g2)), labels.label(0));
        assertEquals(List.of(new DistinctiveTerms.ScoredTerm("b", g2)), labels.label(1));
    }

    @Test
    void labelsAPartitionWithAsManyCommunitiesAsMembers() {
        // The citation graph of a large corpus: most papers stand alone, each with terms of its own.
        // A term × community table would need 200,000² counts here.
        int n = 200_000;
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }

        DistinctiveTerms labels = new DistinctiveTerms(membership, n, v -> List.of("t" + v, "shared"), v -> 1, 3, 5);

        for (int c : new int[] {0, 1, 99_999, n - 1}) {
            assertEquals(List.of("t" + c), labels.label(c).stream().map(DistinctiveTerms.ScoredTerm::term).toList());
        }
    }
}
