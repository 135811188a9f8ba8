package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.graph.Collaboration;

/**
 * The shipped sample, run through the whole pipeline, opened with Gephi's own importer. The sample
 * has 27 OpenAlex works by 45 people and an author page of 3 papers, two of them also among the
 * works, adding 2 people: 28 papers and 47 authors (counted when the sample was written).
 */
class SampleInGephiTest {

    @TempDir
    static Path temp;

    static Path exports;
    static CorpusAnalysis analysis;

    @BeforeAll
    static void exportSample() throws IOException {
        System.setProperty("java.awt.headless", "true");
        ScholarGraph sample = ScholarGraph.loader().threads(1).load(java.util.List.of(Path.of("input")));
        analysis = sample.analysis();
        exports = temp.resolve("exports");
        sample.exportTo(exports);
    }

    private static GraphModel open(String fileName) {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container;
        try {
            container = importer.importFile(exports.resolve(fileName).toFile());
        } catch (IOException e) {
            throw new AssertionError(fileName + " cannot be opened", e);
        }
        assertNotNull(container, fileName + " is a format Gephi recognises");
        String report = container.getReport().getText();
        assertFalse(report.contains("SEVERE"), fileName + ": " + report);
        importer.process(container, new DefaultProcessor(), workspace);
        return Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    }

    @Test
    void coauthorshipOpensAsTheUndirectedAuthorNetworkWithJointPaperWeights() {
        GraphModel model = open("coauthorship.graphml");
        Graph graph = model.getGraph();

        assertTrue(model.isUndirected());
        assertEquals(47, graph.getNodeCount());
        assertEquals(analysis.networks().coauthorship().collaborations().size(), graph.getEdgeCount());
        for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
            Node s = graph.getNode(analysis.corpus().author(c.source()).id());
            Node t = graph.getNode(analysis.corpus().author(c.target()).id());
            assertEquals(analysis.corpus().author(c.source()).name(), s.getLabel());
            Edge edge = graph.getEdge(s, t);
            assertNotNull(edge, s.getLabel() + " – " + t.getLabel());
            assertEquals(c.jointPapers(), edge.getWeight(), 0.0);
        }
        // Newman and Girvan wrote two papers of the sample together
        Node newman = node(graph, "M. E. J. Newman");
        Node girvan = node(graph, "Michelle Girvan");
        assertEquals(2.0, graph.getEdge(newman, girvan).getWeight(), 0.0);
    }

    @Test
    void citationOpensDirectedFromCitingToCited() {
        GraphModel model = open("citation.graphml");
        Graph graph = model.getGraph();

        assertTrue(model.isDirected());
        assertEquals(28, graph.getNodeCount());
        assertEquals(analysis.networks().citation().citations().size(), graph.getEdgeCount());
        // Leiden (2019) cites Louvain (2008), not the other way round
        Node leiden = node(graph, "From Louvain to Leiden: guaranteeing well-connected communities");
        Node louvain = node(graph, "Fast unfolding of communities in large networks");
        assertNotNull(model.getDirectedGraph().getEdge(leiden, louvain));
        assertEquals(null, model.getDirectedGraph().getEdge(louvain, leiden));
    }

    @Test
    void topicsAndWholeNetworkOpen() {
        Graph topics = open("topics.graphml").getGraph();
        assertEquals(28, topics.getNodeCount());
        assertEquals(analysis.networks().topics().links().size(), topics.getEdgeCount());

        Graph network = open("network.graphml").getGraph();
        int keywords = analysis.networks().keywords().keywords().size();
        assertEquals(47 + 28 + keywords, network.getNodeCount());
    }

    @Test
    void gexfOpensAsADynamicNetworkOverTheYears() {
        GraphModel model = open("coauthorship.gexf");
        assertTrue(model.isDynamic());
        assertEquals(47, model.getGraph().getNodeCount());
        // the sample's papers run from 1998 (Watts and Strogatz) to 2019 (Traag, Waltman and van Eck)
        assertEquals(1998.0, model.getTimeBounds().getLow(), 0.0);
        assertEquals(2019.0, model.getTimeBounds().getHigh(), 0.0);
    }

    private static Node node(Graph graph, String label) {
        for (Node n : graph.getNodes()) {
            if (label.equals(n.getLabel())) {
                return n;
            }
        }
        throw new AssertionError("no node labelled " + label);
    }
}
