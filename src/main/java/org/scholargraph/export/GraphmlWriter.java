package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scholargraph.analysis.ColumnType;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.analysis.PaperColumns;
import org.scholargraph.graph.Authorship;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.CoauthorshipNetwork;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.KeywordNetwork;
import org.scholargraph.graph.TopicLink;
import org.scholargraph.graph.TopicNetwork;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Streams one GraphML document (http://graphml.graphdrawing.org/) with {@link XmlOut}, so that
 * memory stays flat however large the graph, and the four GraphML files of the export contract.
 *
 * <p>What Gephi's importer needs, and what this writer therefore always does: {@code edgedefault}
 * on the graph; every {@code <key>} with {@code for} and an {@code attr.type} among
 * boolean/int/long/float/double/string; a node key named {@code label} and an edge key named
 * {@code weight} (Gephi maps these two by {@code attr.name} onto its own label and weight); no
 * parallel edges (Gephi's importer silently merges them and sums their weights); only characters
 * XML 1.0 allows ({@link XmlText}). Key ids are {@code n_} or {@code e_} plus the attribute name
 * because GraphML ids are document-wide while node and edge attributes share names
 * ({@code type}, {@code first_year}); tools read the name from {@code attr.name}. A key id is
 * never {@code id}: Gephi would take it as the edge id. Unknown values (year 0, a non-finite
 * number, an empty text) are omitted, never written as 0 or "".
 *
 * <p>Each file holds every node and the edges its {@link EdgeSelection} keeps (all of them up to
 * {@link ExportOptions#maxGraphEdges()}), each with the id {@code e} plus its number in the whole
 * graph's order; a list of paper ids on an edge holds at most
 * {@value ExportOptions#PAPER_IDS_PER_GRAPH_EDGE} ids.
 */
final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** One GraphML attribute declaration. */
    record Key(String domain, String name, String type) {
        Key {
            if (!domain.equals("node") && !domain.equals("edge")) {
                throw new IllegalArgumentException("a key is for node or edge, not " + domain);
            }
            if (!Set.of("boolean", "int", "long", "float", "double", "string").contains(type)) {
                throw new IllegalArgumentException("GraphML attr.type " + type + " is not one Gephi reads");
            }
        }

        static Key node(String name, String type) {
            return new Key("node", name, type);
        }

        static Key edge(String name, String type) {
            return new Key("edge", name, type);
        }

        String id() {
            return (domain.equals("node") ? "n_" : "e_") + name;
        }
    }

    private final XmlOut xml;
    /** The opening tag of each declared key's {@code <data>}, written as it is. */
    private final Map<Key, String> dataTags;
    private String closing;

    private GraphmlWriter(OutputStream out, boolean directed, List<Key> keys) throws IOException {
        this.dataTags = new HashMap<>();
        for (Key key : keys) {
            dataTags.put(key, "<data key=\"" + key.id() + "\">");
        }
        xml = new XmlOut(out);
        xml.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"" + NAMESPACE + "\" xmlns:xsi=\""
                + XSI + "\" xsi:schemaLocation=\"" + SCHEMA + "\">");
        for (Key key : keys) {
            xml.newline(1).markup("<key").attribute("id", key.id()).attribute("for", key.domain())
                    .attribute("attr.name", key.name()).attribute("attr.type", key.type()).markup("/>");
        }
        xml.newline(1).markup("<graph id=\"G\" edgedefault=\"").markup(directed ? "directed" : "undirected")
                .markup("\">");
    }

    /** Starts a document; {@code keys} must name a node {@code label} and an edge {@code weight}. */
    static GraphmlWriter start(OutputStream out, boolean directed, List<Key> keys) throws IOException {
        boolean label = keys.stream().anyMatch(k -> k.domain().equals("node") && k.name().equals("label"));
        boolean weight = keys.stream().anyMatch(k -> k.domain().equals("edge") && k.name().equals("weight"));
        if (!label || !weight) {
            throw new IllegalArgumentException("a GraphML export needs a node label key and an edge weight key");
        }
        return new GraphmlWriter(out, directed, keys);
    }

    GraphmlWriter node(String id) throws IOException {
        closing = "</node>";
        xml.newline(2).markup("<node").attribute("id", id).markup('>');
        return this;
    }

    /** Starts edge {@code e<n>} with the graph's default direction. */
    GraphmlWriter edge(int n, String source, String target) throws IOException {
        return edge(n, source, target, null);
    }

    /** Starts edge {@code e<n>}; {@code directed} non-null overrides the graph's {@code edgedefault}. */
    GraphmlWriter edge(int n, String source, String target, Boolean directed) throws IOException {
        closing = "</edge>";
        xml.newline(2).markup("<edge id=\"e").number(n).markup('"').attribute("source", source)
                .attribute("target", target);
        return edgeOpened(directed);
    }

    /** Starts edge {@code e<n>} between nodes named by their indices ({@link NodeIds}). */
    GraphmlWriter edge(int n, NodeIds sourceIds, int source, NodeIds targetIds, int target) throws IOException {
        return edge(n, sourceIds, source, targetIds, target, null);
    }

    /** As {@link #edge(int, String, String, Boolean)}, the ends named by their indices ({@link NodeIds}). */
    GraphmlWriter edge(int n, NodeIds sourceIds, int source, NodeIds targetIds, int target, Boolean directed)
            throws IOException {
        closing = "</edge>";
        xml.newline(2).markup("<edge id=\"e").number(n).markup('"').attribute("source", sourceIds, source)
                .attribute("target", targetIds, target);
        return edgeOpened(directed);
    }

    private GraphmlWriter edgeOpened(Boolean directed) throws IOException {
        if (directed != null) {
            xml.markup(directed ? " directed=\"true\"" : " directed=\"false\"");
        }
        xml.markup('>');
        return this;
    }

    /** A text value; an empty text (or one of characters XML forbids only) is left out. */
    GraphmlWriter data(Key key, String value) throws IOException {
        if (!XmlText.hasLegal(value)) {
            return this;
        }
        open(key).text(value).markup("</data>");
        return this;
    }

    /** A list, {@code ;}-separated as one text, written item by item; an empty list is left out. */
    GraphmlWriter data(Key key, List<String> items) throws IOException {
        if (items.size() <= 1) {
            return items.isEmpty() ? this : data(key, items.get(0));
        }
        // Two items or more: the text has a ';' at least, so it is never empty.
        XmlOut out = open(key);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.markup(';');
            }
            out.text(items.get(i));
        }
        out.markup("</data>");
        return this;
    }

    GraphmlWriter data(Key key, int value) throws IOException {
        open(key).number(value).markup("</data>");
        return this;
    }

    /** A double; NaN and infinities are left out. */
    GraphmlWriter data(Key key, double value) throws IOException {
        if (Double.isFinite(value)) {
            open(key).decimal(value).markup("</data>");
        }
        return this;
    }

    /** A year; 0 (unknown) is left out. */
    GraphmlWriter year(Key key, int year) throws IOException {
        return year == 0 ? this : data(key, year);
    }

    private XmlOut open(Key key) throws IOException {
        String tag = dataTags.get(key);
        if (tag == null) {
            throw new IllegalArgumentException("undeclared GraphML key " + key);
        }
        return xml.newline(3).markup(tag);
    }

    /** Ends the current node or edge. */
    void end() throws IOException {
        xml.newline(2).markup(closing);
    }

    /** Ends the graph and the document and flushes; the stream stays open. */
    void finish() throws IOException {
        xml.newline(1).markup("</graph>\n</graphml>\n");
        xml.flush();
    }

    // ---- the contract's four GraphML files ----

    private static final Key LABEL = Key.node("label", "string");
    private static final Key WEIGHT = Key.edge("weight", "double");

    private static final Key C_JOINT_PAPERS = Key.edge("joint_papers", "int");
    private static final Key C_FRACTIONAL = Key.edge("fractional", "double");
    private static final Key E_FIRST_YEAR = Key.edge("first_year", "int");
    private static final Key E_LAST_YEAR = Key.edge("last_year", "int");
    private static final Key C_PAPER_IDS = Key.edge("paper_ids", "string");

    private static final Key P_YEAR = columnKey(PaperColumns.YEAR);
    private static final Key P_COMMUNITY = Key.node("community", "int");
    private static final Key T_SHARED_KEYWORDS = Key.edge("shared_keywords", "string");

    private static final Key NODE_TYPE = Key.node("type", "string");
    private static final Key EDGE_TYPE = Key.edge("type", "string");
    private static final Key POSITION = Key.edge("position", "int");

    /** {@code coauthorship.graphml}: authors, undirected, weight = joint papers (full counting). */
    static void writeCoauthorship(CorpusAnalysis analysis, EdgeLimits limits, NodeNames nodes, OutputStream out) throws IOException {
        CoauthorshipNetwork network = analysis.networks().coauthorship();
        List<Key> nodeKeys = nodeKeys(analysis.authors());
        List<Key> keys = new ArrayList<>(nodeKeys);
        keys.addAll(List.of(WEIGHT, C_JOINT_PAPERS, C_FRACTIONAL, E_FIRST_YEAR, E_LAST_YEAR, C_PAPER_IDS));
        GraphmlWriter w = start(out, false, keys);
        writeNodes(w, analysis.authors(), nodeKeys);
        EdgeSelection kept = limits.coauthorship();
        List<Collaboration> collaborations = network.collaborations();
        NodeIds authorIds = nodes.authors();
        NodeIds paperIds = nodes.papers();
        for (int n = 0; n < collaborations.size(); n++) {
            if (!kept.keeps(n)) {
                continue;
            }
            Collaboration c = collaborations.get(n);
            w.edge(n, authorIds, c.source(), authorIds, c.target())
                    .data(WEIGHT, (double) c.jointPapers())
                    .data(C_JOINT_PAPERS, c.jointPapers())
                    .data(C_FRACTIONAL, c.fractional())
                    .year(E_FIRST_YEAR, c.firstYear())
                    .year(E_LAST_YEAR, c.lastYear())
                    .data(C_PAPER_IDS, paperIds(paperIds, c.papers(), ExportOptions.PAPER_IDS_PER_GRAPH_EDGE))
                    .end();
        }
        w.finish();
    }

    /** {@code citation.graphml}: papers, directed citing → cited, every edge weight 1. */
    static void writeCitation(CorpusAnalysis analysis, EdgeLimits limits, NodeNames nodes, OutputStream out) throws IOException {
        List<Key> nodeKeys = nodeKeys(analysis.papers());
        List<Key> keys = new ArrayList<>(nodeKeys);
        keys.add(WEIGHT);
        GraphmlWriter w = start(out, true, keys);
        writeNodes(w, analysis.papers(), nodeKeys);
        EdgeSelection kept = limits.citation();
        List<Citation> citations = analysis.networks().citation().citations();
        NodeIds paperIds = nodes.papers();
        for (int n = 0; n < citations.size(); n++) {
            if (kept.keeps(n)) {
                Citation c = citations.get(n);
                w.edge(n, paperIds, c.citing(), paperIds, c.cited())
                        .data(WEIGHT, 1.0)
                        .end();
            }
        }
        w.finish();
    }

    /** The node keys of a table's graph file: {@code label} (its name column), then its node-attribute columns in order. */
    private static List<Key> nodeKeys(NodeTable table) {
        List<Key> keys = new ArrayList<>();
        keys.add(LABEL);
        for (NodeColumn column : table.columns()) {
            if (column.nodeAttribute()) {
                keys.add(columnKey(column));
            }
        }
        return keys;
    }

    /** The node key of a column. */
    private static Key columnKey(NodeColumn column) {
        return Key.node(column.name(), attributeType(column.type()));
    }

    /** The GraphML {@code attr.type} of a column type. */
    static String attributeType(ColumnType type) {
        switch (type) {
            case INTEGER:
            case CATEGORY:
            case YEAR:
                return "int";
            case REAL:
                return "double";
            default:
                return "string";
        }
    }

    /** One node per row: the id, the label, and the value of every node-attribute column (unknown values left out). */
    @SuppressWarnings("unchecked")
    private static void writeNodes(GraphmlWriter w, NodeTable table, List<Key> nodeKeys) throws IOException {
        List<NodeColumn> columns = table.columns();
        for (int r = 0; r < table.size(); r++) {
            w.node(table.id(r)).data(LABEL, table.label(r));
            int k = 1;
            for (int c = 0; c < columns.size(); c++) {
                NodeColumn column = columns.get(c);
                if (!column.nodeAttribute()) {
                    continue;
                }
                Key key = nodeKeys.get(k++);
                switch (column.type()) {
                    case INTEGER:
                    case CATEGORY:
                        w.data(key, (int) table.values(c).number(r));
                        break;
                    case YEAR:
                        w.year(key, (int) table.values(c).number(r));
                        break;
                    case REAL:
                        w.data(key, table.values(c).number(r));
                        break;
                    case LIST:
                        w.data(key, (List<String>) table.values(c).value(r));
                        break;
                    default:
                        w.data(key, (String) table.values(c).value(r));
                }
            }
            w.end();
        }
    }

    /** {@code topics.graphml}: papers, undirected, weight = shared keywords; community = topic community. */
    static void writeTopics(CorpusAnalysis analysis, EdgeLimits limits, NodeNames nodes, OutputStream out) throws IOException {
        GraphmlWriter w = start(out, false, List.of(LABEL, P_YEAR, P_COMMUNITY, WEIGHT, T_SHARED_KEYWORDS,
                E_FIRST_YEAR, E_LAST_YEAR));
        NodeTable papers = analysis.papers();
        for (int p = 0; p < papers.size(); p++) {
            w.node(papers.id(p))
                    .data(LABEL, papers.label(p))
                    .year(P_YEAR, (int) papers.number(PaperColumns.YEAR, p))
                    .data(P_COMMUNITY, (int) papers.number(PaperColumns.TOPIC_COMMUNITY, p))
                    .end();
        }
        EdgeSelection kept = limits.topics();
        List<TopicLink> links = analysis.networks().topics().links();
        NodeIds paperIds = nodes.papers();
        for (int n = 0; n < links.size(); n++) {
            if (!kept.keeps(n)) {
                continue;
            }
            TopicLink link = links.get(n);
            w.edge(n, paperIds, link.source(), paperIds, link.target())
                    .data(WEIGHT, link.weight())
                    .data(T_SHARED_KEYWORDS, link.sharedKeywords())
                    .year(E_FIRST_YEAR, link.firstYear())
                    .year(E_LAST_YEAR, link.lastYear())
                    .end();
        }
        w.finish();
    }

    /** The node id of a keyword in {@code network.graphml}. */
    static String keywordNodeId(String keyword) {
        return "K:" + keyword;
    }

    /**
     * {@code network.graphml}: the heterogeneous graph. {@code edgedefault="directed"} because
     * three of its four edge types have a direction: {@code authored} author → paper (with the
     * byline {@code position}), {@code cites} citing → cited, {@code has_keyword} paper → keyword;
     * {@code topic} edges (paper–paper, shared keywords) carry {@code directed="false"}, so Gephi
     * opens the file as a mixed graph.
     *
     * <p>A paper pair that is both a citation and a topic link would be two parallel edges, which
     * Gephi merges by adding their weights. Such a pair is written once, as the {@code cites}
     * edge, with the topic's {@code shared_keywords} on it; {@code topic} edges are the topic
     * links between papers that do not cite each other. {@code topic_edges.csv} and
     * {@code topics.graphml} keep every topic link.
     */
    static void writeNetwork(CorpusAnalysis analysis, EdgeLimits limits, NodeNames nodes, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        KeywordNetwork keywords = analysis.networks().keywords();
        GraphmlWriter w = start(out, true, List.of(NODE_TYPE, LABEL, P_YEAR, EDGE_TYPE, WEIGHT, POSITION,
                T_SHARED_KEYWORDS));
        for (var author : corpus.authors()) {
            w.node(author.id()).data(NODE_TYPE, "author").data(LABEL, author.name()).end();
        }
        for (Paper paper : corpus.papers()) {
            w.node(paper.id()).data(NODE_TYPE, "paper").data(LABEL, paper.title())
                    .year(P_YEAR, paper.yearOrZero()).end();
        }
        for (String keyword : keywords.keywords()) {
            w.node(keywordNodeId(keyword)).data(NODE_TYPE, "keyword").data(LABEL, keyword).end();
        }
        EdgeSelection kept = limits.network();
        NetworkEdges edges = limits.networkEdges();
        NodeIds authorIds = nodes.authors();
        NodeIds paperIds = nodes.papers();
        int n = 0;
        for (Authorship a : analysis.networks().authorships()) {
            if (kept.keeps(n)) {
                w.edge(n, authorIds, a.author(), paperIds, a.paper())
                        .data(EDGE_TYPE, "authored").data(WEIGHT, 1.0).data(POSITION, a.position()).end();
            }
            n++;
        }
        List<TopicLink> links = analysis.networks().topics().links();
        List<Citation> citations = analysis.networks().citation().citations();
        for (int i = 0; i < citations.size(); i++, n++) {
            if (!kept.keeps(n)) {
                continue;
            }
            Citation c = citations.get(i);
            int topic = edges.topicOfCitation(i);
            w.edge(n, paperIds, c.citing(), paperIds, c.cited())
                    .data(EDGE_TYPE, "cites").data(WEIGHT, 1.0)
                    .data(T_SHARED_KEYWORDS, topic < 0 ? List.of() : links.get(topic).sharedKeywords())
                    .end();
        }
        for (int t = 0; t < links.size(); t++) {
            if (!edges.ownEdge(t)) {
                continue;
            }
            if (kept.keeps(n)) {
                TopicLink link = links.get(t);
                w.edge(n, paperIds, link.source(), paperIds, link.target(), false)
                        .data(EDGE_TYPE, "topic").data(WEIGHT, link.weight())
                        .data(T_SHARED_KEYWORDS, link.sharedKeywords()).end();
            }
            n++;
        }
        for (Paper paper : corpus.papers()) {
            for (String keyword : new TreeSet<>(paper.keywords())) {
                if (kept.keeps(n)) {
                    w.edge(n, paper.id(), keywordNodeId(keyword))
                            .data(EDGE_TYPE, "has_keyword").data(WEIGHT, 1.0).end();
                }
                n++;
            }
        }
        w.finish();
    }

    /**
     * How citations and topic links meet in {@code network.graphml}: the topic link each citation
     * carries (the first citation of a pair carries it, a mutual citation being two edges), and
     * whether a topic link is an edge of its own (its papers do not cite each other). Found by
     * binary search in the sorted pair keys, not by boxed keys in a hash set.
     */
    static final class NetworkEdges {
        private final int[] topicOfCitation;
        private final boolean[] ownEdge;

        private NetworkEdges(int[] topicOfCitation, boolean[] ownEdge) {
            this.topicOfCitation = topicOfCitation;
            this.ownEdge = ownEdge;
        }

        static NetworkEdges of(CorpusAnalysis analysis) {
            TopicNetwork links = analysis.networks().topics();
            List<Citation> citations = analysis.networks().citation().citations();
            // Topic links come once per pair, ordered by (source, target) with source < target, as
            // TopicNetwork.links() says; checked, not assumed.
            long previous = -1;
            for (int t = 0; t < links.linkCount(); t++) {
                long key = pairKey(links.linkSource(t), links.linkTarget(t));
                if (links.linkSource(t) >= links.linkTarget(t) || key <= previous) {
                    throw new IllegalStateException("topic link " + t + " out of (source, target) order");
                }
                previous = key;
            }
            // Each paper's links as a range: a citation's link is looked up among the links of its
            // smaller paper, a few dozen at most, rather than among all of them (a million works
            // have 19 M links and 8.9 M citations).
            int[] linkStart = new int[analysis.corpus().papers().size() + 1];
            for (int t = 0; t < links.linkCount(); t++) {
                linkStart[links.linkSource(t) + 1]++;
            }
            for (int p = 0; p + 1 < linkStart.length; p++) {
                linkStart[p + 1] += linkStart[p];
            }
            int[] topicOfCitation = new int[citations.size()];
            boolean[] carried = new boolean[links.linkCount()];
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                int low = Math.min(c.citing(), c.cited());
                int high = Math.max(c.citing(), c.cited());
                int topic = linkTo(links, linkStart[low], linkStart[low + 1], high);
                topicOfCitation[i] = topic >= 0 && !carried[topic] ? topic : -1;
                if (topic >= 0) {
                    carried[topic] = true;
                }
            }
            // Links distinct by pair: a link some citation carries is one whose pair is cited.
            boolean[] ownEdge = new boolean[links.linkCount()];
            for (int t = 0; t < ownEdge.length; t++) {
                ownEdge[t] = !carried[t];
            }
            return new NetworkEdges(topicOfCitation, ownEdge);
        }

        /** The link among {@code [from, to)}, ordered by target, whose target is {@code target}, or -1. */
        private static int linkTo(TopicNetwork links, int from, int to, int target) {
            int low = from;
            int high = to - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int at = links.linkTarget(middle);
                if (at < target) {
                    low = middle + 1;
                } else if (at > target) {
                    high = middle - 1;
                } else {
                    return middle;
                }
            }
            return -1;
        }

        /** The topic link that citation {@code i} carries, or -1. */
        int topicOfCitation(int i) {
            return topicOfCitation[i];
        }

        /** Whether topic link {@code t} is an edge of its own. */
        boolean ownEdge(int t) {
            return ownEdge[t];
        }
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The first {@code limit} ids of {@code papers}, {@code ;}-separated (all of them when {@code limit} is 0). */
    static String paperIds(NodeIds paperIds, List<Integer> papers, int limit) {
        int count = limit == 0 ? papers.size() : Math.min(limit, papers.size());
        StringBuilder ids = new StringBuilder(count * 12);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                ids.append(';');
            }
            if (paperIds.numbered()) {
                ids.append(paperIds.letter()).append(papers.get(i) + 1);
            } else {
                ids.append(paperIds.id(papers.get(i)));
            }
        }
        return ids.toString();
    }
}
