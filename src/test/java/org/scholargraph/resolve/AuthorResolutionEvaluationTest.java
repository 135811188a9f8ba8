package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The measures of {@link AuthorResolutionEvaluation} checked by hand on a small case, and the
 * scores of the resolution held at least where they are measured today (bench/RESULTS.md).
 */
class AuthorResolutionEvaluationTest {

    @Test
    void pairwiseAndBcubedScoresOfAHandCheckedClustering() {
        // truth {0,1,2} {3}; predicted {0,1} {2,3}
        AuthorResolutionEvaluation.Scores s = AuthorResolutionEvaluation.scores("hand", List.of(0, 0, 0, 1),
                List.of(0, 0, 1, 1), 2);
        // true pairs 3, predicted pairs 2, shared 1
        assertEquals(0.5, s.pairPrecision(), 1e-12);
        assertEquals(1.0 / 3, s.pairRecall(), 1e-12);
        // B3 precision: (1 + 1 + 1/2 + 1/2) / 4; recall: (2/3 + 2/3 + 1/3 + 1) / 4
        assertEquals(0.75, s.bcubedPrecision(), 1e-12);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.bcubedRecall(), 1e-12);
    }

    @Test
    void theGeneratedSetIsResolvedAtLeastAsWellAsMeasured() {
        AuthorResolutionEvaluation.Scores s = AuthorResolutionEvaluation.score("generated",
                AuthorResolutionEvaluation.generated(1, 1500, 4000).records());
        assertTrue(s.pairPrecision() >= 0.98, s.row());
        assertTrue(s.pairRecall() >= 0.95, s.row());
    }

    @Test
    void namesAloneRecoverTheScopusAndOrcidClustersOfTheRealSamples() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), data + " is absent: this test reads the real samples");
        for (AuthorResolutionEvaluation.Scores s : AuthorResolutionEvaluation.realSamples(data)) {
            if (s.set().startsWith("Scopus") || s.set().startsWith("PubMed")) {
                assertTrue(s.pairPrecision() >= 0.98, s.row());
            }
        }
    }

    @Test
    void namesAloneRecoverEveryRealSampleOnceTheSourcesSplitPersonsAreReadAsOne() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), data + " is absent: this test reads the real samples");
        Map<String, String> sameAs = AuthorResolutionEvaluation.audit(Path.of("bench/resolution-audit.tsv"));
        assertTrue(sameAs.size() > 100, "bench/resolution-audit.tsv lists the sources' split persons");
        List<AuthorResolutionEvaluation.Scores> scores = AuthorResolutionEvaluation.realSamples(data, sameAs);
        assertTrue(scores.size() >= 4, scores.toString());
        for (AuthorResolutionEvaluation.Scores s : scores) {
            if (s.set().endsWith("read by hand") || s.set().startsWith("Scopus") || s.set().startsWith("PubMed")) {
                assertTrue(s.pairPrecision() >= 0.98, s.row());
            }
        }
    }
}
