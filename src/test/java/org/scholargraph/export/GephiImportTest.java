package org.scholargraph.export;

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
import org.gephi.graph.api.Interval;
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

/** Opens every exported graph with Gephi's own importer (gephi-toolkit 0.10.1), headless. */
class GephiImportTest {

    @TempDir
    static Path dir;

    static Path exports;

    @BeforeAll
    static void export() throws IOException {
        System.setProperty("java.awt.headless", "true");
        exports = dir.resolve("exports");
        ExportFolder.write(exports, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(1));
    }

    /** Imports one file into a new project and returns its graph model; fails on a severe import issue. */
    private static GraphModel importIntoGephi(String fileName) throws IOException {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(exports.resolve(fileName).toFile());
        assertNotNull(container, fileName + " is a format Gephi recognises");
        String issues = container.getReport().getText();
        assertFalse(issues.contains("SEVERE"), fileName + ": " + issues);
        importer.process(container, new DefaultProcessor(), workspace);
        return Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    }

    @Test
    void coauthorshipGraphmlOpensUndirectedWithLabelsAndWeights() throws IOException {
        GraphModel model = importIntoGephi("coauthorship.graphml");
        Graph graph = model.getGraph();

        assertTrue(model.isUndirected());
        assertEquals(4, graph.getNodeCount());
        assertEquals(3, graph.getEdgeCount());
        assertEquals("Ada Lovelace", graph.getNode("A1").getLabel());
        assertEquals(ExportFixture.FORMULA_NAME, graph.getNode("A2").getLabel());
        Edge a1a2 = graph.getEdge(graph.getNode("A1"), graph.getNode("A2"));
        assertEquals(2.0, a1a2.getWeight());
        assertEquals(1.0, graph.getEdge(graph.getNode("A1"), graph.getNode("A3")).getWeight());
        assertEquals(1.5, ((Number) a1a2.getAttribute("e_fractional")).doubleValue());
        assertEquals(1, ((Number) graph.getNode("A4").getAttribute("n_community")).intValue());
    }

    @Test
    void citationGraphmlOpensDirectedWithTitles() throws IOException {
        GraphModel model = importIntoGephi("citation.graphml");
        Graph graph = model.getGraph();

        assertTrue(model.isDirected());
        assertEquals(5, graph.getNodeCount());
        assertEquals(4, graph.getEdgeCount());
        assertEquals(ExportFixture.CLEAN_TITLE, graph.getNode("P1").getLabel());
        Node p2 = graph.getNode("P2");
        Node p1 = graph.getNode("P1");
        assertNotNull(model.getDirectedGraph().getEdge(p2, p1), "P2 cites P1");
        assertEquals(null, model.getDirectedGraph().getEdge(p1, p2), "and not the other way");
        assertEquals(null, graph.getNode("P3").getAttribute("n_year"), "unknown year stays empty");
    }

    @Test
    void topicsGraphmlOpensWithSharedKeywordWeights() throws IOException {
        GraphModel model = importIntoGephi("topics.graphml");
        Graph graph = model.getGraph();

        assertTrue(model.isUndirected());
        assertEquals(5, graph.getNodeCount());
        assertEquals(3, graph.getEdgeCount());
        Edge edge = graph.getEdge(graph.getNode("P2"), graph.getNode("P5"));
        // "timelines" is on 2 of the 5 papers: its idf, ln(1 + 5/2), is the weight (Gephi keeps a float)
        assertEquals(Math.log(3.5), edge.getWeight(), 1e-6);
        assertEquals("timelines", edge.getAttribute("e_shared_keywords"));
    }

    @Test
    void networkGraphmlOpensAsOneMixedGraphWithoutMergedEdges() throws IOException {
        GraphModel model = importIntoGephi("network.graphml");
        Graph graph = model.getGraph();

        assertEquals(13, graph.getNodeCount());
        assertEquals(9 + 4 + 1 + 7, graph.getEdgeCount(), "no edge merged as parallel");
        assertTrue(model.isMixed(), "directed authored/cites/has_keyword plus undirected topic edges");
        assertEquals("keyword", graph.getNode("K:timelines").getAttribute("n_type"));
        assertEquals("timelines", graph.getNode("K:timelines").getLabel());
        Edge topic = graph.getEdge(graph.getNode("P2"), graph.getNode("P5"));
        assertFalse(topic.isDirected());
        assertEquals("topic", topic.getAttribute("e_type"));
    }

    @Test
    void gexfOpensAsDynamicGraphOverTheYears() throws IOException {
        GraphModel model = importIntoGephi("coauthorship.gexf");
        Graph graph = model.getGraph();

        assertTrue(model.isDynamic(), "Gephi sees time on nodes and edges");
        assertTrue(model.isUndirected());
        assertEquals(4, graph.getNodeCount());
        assertEquals(3, graph.getEdgeCount());
        assertEquals("Grace Hopper", graph.getNode("A3").getLabel());
        Interval bounds = model.getTimeBounds();
        assertEquals(2019.0, bounds.getLow());
        assertEquals(2022.0, bounds.getHigh());
        Edge a1a2 = graph.getEdge(graph.getNode("A1"), graph.getNode("A2"));
        assertEquals(2.0, a1a2.getWeight());
        Interval[] spells = a1a2.getIntervals();
        assertEquals(2, spells.length);
        assertEquals(2019.0, spells[0].getLow());
        assertEquals(2021.0, spells[1].getLow());
        Interval[] life = graph.getNode("A3").getIntervals();
        assertEquals(1, life.length);
        assertEquals(new Interval(2019.0, 2022.0), life[0]);
    }
}
