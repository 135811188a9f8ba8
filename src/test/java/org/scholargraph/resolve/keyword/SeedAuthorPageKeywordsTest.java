package org.scholargraph.resolve.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.resolve.CorpusResolver;

/** The key phrases of the seed author page (Weinan E's papers), whose records carry no keywords. */
class SeedAuthorPageKeywordsTest {

    private static final Path PAGE = Path.of("../shared/seeds/000_d3f0bc5e916b8104.txt");

    @Test
    void derivedKeywordsOfTheAuthorPage() throws IOException {
        assumeTrue(Files.isRegularFile(PAGE), PAGE + " is absent: this test reads the real seed page");
        // given the 20 entries of the page, none with keywords
        Corpus corpus = CorpusResolver.resolve(Ingest.defaults().read(List.of(PAGE)).records());

        // then each paper's key phrases, checked by hand against its title and abstract on the page:
        // every phrase is there (in the title, or at least twice in the abstract by its stems), best
        // RAKE score first; names keep their capitals ("deep Ritz method", "Monge-Ampère", "Barron"),
        // TeX accents are read ("Monge-Amp\`ere"), hyphenated compounds stay whole ("two-layer",
        // "mean-field"). "a priori" stays whole in "a priori estimates" (P9, P11; the title's capital
        // "A Priori Estimates" lower case). "bounds depend" (P11) ends in a verb that agrees with the
        // word before it ("the bounds depend only on ..."), and is cut to "bounds" (three times in the
        // abstract). RAKE knows no other parts of speech: "large atomic" (P16) is the text's words, but
        // no noun phrase. Phrases made only of generic words ("basic framework" of P6, "model
        // parameters" of P17) are not kept.
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("P1", List.of("many-body potential energy representation", "deep learning package",
                "molecular dynamics", "DeePMD-kit"));
        expected.put("P2", List.of("linguistic universals", "mathematical model", "languages"));
        expected.put("P3", List.of("deep neural network approximation", "analytic functions",
                "exponential convergence"));
        expected.put("P4", List.of("deep learning-based numerical algorithm", "deep Ritz method", "deep learning",
                "variational problems"));
        expected.put("P5", List.of("stochastic control problems", "deep learning approximation"));
        expected.put("P6", List.of("dictionary learning-based techniques", "multiscale adaptive representation",
                "signals"));
        expected.put("P7", List.of("neural network models", "machine learning models",
                "compositional function spaces", "Barron spaces", "space"));
        expected.put("P8", List.of("two-layer neural network", "random feature models", "training data size",
                "gradient descent dynamics", "network width", "kernel method"));
        expected.put("P9", List.of("a priori estimates", "residual networks", "population risk"));
        expected.put("P10", List.of("stochastic gradient algorithms", "stochastic modified equations",
                "mathematical foundations", "dynamics"));
        expected.put("P11", List.of("two-layer neural network", "a priori estimates", "generalization error",
                "bounds"));
        expected.put("P12", List.of("Monge-Ampère flow", "Monge-Ampère equation", "generative modeling"));
        expected.put("P13", List.of("model reduction", "dynamical systems", "machine learning", "memory"));
        expected.put("P14", List.of("mean-field optimal control formulation", "deep learning"));
        expected.put("P15", List.of("high-dimensional partial differential equations", "deep learning", "PDE"));
        expected.put("P16", List.of("collective variables", "configuration space", "large atomic",
                "enhanced sampling", "reinforced dynamics", "molecular systems"));
        expected.put("P17", List.of("deep learning", "understanding generalization",
                "loss function", "loss landscapes"));
        expected.put("P18", List.of("machine learning approximation algorithms", "PDE"));
        expected.put("P19", List.of("adaptive stochastic gradient algorithms", "stochastic modified equations",
                "stochastic gradient algorithms"));
        expected.put("P20", List.of("deep learning-based numerical methods",
                "backward stochastic differential equations", "policy function", "BSDEs"));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Paper paper : corpus.papers()) {
            actual.put(paper.id(), paper.keywords());
        }
        assertEquals(expected, actual);
    }
}
