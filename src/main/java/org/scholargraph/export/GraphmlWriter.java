package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Streams one GraphML document (http://graphml.graphdrawing.org/) with the JDK's own StAX writer,
 * so that memory stays flat however large the graph, and the four GraphML files of the export
 * contract.
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

    private final XMLStreamWriter xml;
    private final Set<Key> declared;

    private GraphmlWriter(OutputStream out, boolean directed, List<Key> keys) throws IOException {
        this.declared = new HashSet<>(keys);
        try {
            xml = XmlText.utf8Writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
            for (Key key : keys) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.domain());
                xml.writeAttribute("attr.name", key.name());
                xml.writeAttribute("attr.type", key.type());
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", directed ? "directed" : "undirected");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
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
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", XmlText.attribute(id));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Starts an edge with the graph's default direction. */
    GraphmlWriter edge(String id, String source, String target) throws IOException {
        return edge(id, source, target, null);
    }

    /** Starts an edge; {@code directed} non-null overrides the graph's {@code edgedefault}. */
    GraphmlWriter edge(String id, String source, String target, Boolean directed) throws IOException {
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", XmlText.attribute(id));
            xml.writeAttribute("source", XmlText.attribute(source));
            xml.writeAttribute("target", XmlText.attribute(target));
            if (directed != null) {
                xml.writeAttribute("directed", directed.toString());
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** A text value; an empty text is left out. */
    GraphmlWriter data(Key key, String value) throws IOException {
        String legal = XmlText.legal(value);
        return legal.isEmpty() ? this : raw(key, legal);
    }

    GraphmlWriter data(Key key, int value) throws IOException {
        return raw(key, NumberText.of(value));
    }

    /** A double; NaN and infinities are left out. */
    GraphmlWriter data(Key key, double value) throws IOException {
        return Double.isFinite(value) ? raw(key, NumberText.of(value)) : this;
    }

    /** A year; 0 (unknown) is left out. */
    GraphmlWriter year(Key key, int year) throws IOException {
        return year == 0 ? this : raw(key, NumberText.of(year));
    }

    private GraphmlWriter raw(Key key, String text) throws IOException {
        if (!declared.contains(key)) {
            throw new IllegalArgumentException("undeclared GraphML key " + key);
        }
        try {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("data");
            xml.writeAttribute("key", key.id());
            // A parser reads a literal CR as LF (XML 1.0 §2.11); &#13; keeps it, so text round-trips.
            int from = 0;
            for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
                xml.writeCharacters(text.substring(from, cr));
                xml.writeEntityRef("#13");
                from = cr + 1;
            }
            xml.writeCharacters(text.substring(from));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Ends the current node or edge. */
    void end() throws IOException {
        try {
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Ends the graph and the document and flushes; the stream stays open. */
    void finish() throws IOException {
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
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
    static void writeCoauthorship(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        CoauthorshipNetwork network = analysis.networks().coauthorship();
        List<Key> nodeKeys = nodeKeys(analysis.authors());
        List<Key> keys = new ArrayList<>(nodeKeys);
        keys.addAll(List.of(WEIGHT, C_JOINT_PAPERS, C_FRACTIONAL, E_FIRST_YEAR, E_LAST_YEAR, C_PAPER_IDS));
        GraphmlWriter w = start(out, false, keys);
        writeNodes(w, analysis.authors(), nodeKeys);
        int n = 0;
        for (Collaboration c : network.collaborations()) {
            w.edge("e" + n++, corpus.author(c.source()).id(), corpus.author(c.target()).id())
                    .data(WEIGHT, (double) c.jointPapers())
                    .data(C_JOINT_PAPERS, c.jointPapers())
                    .data(C_FRACTIONAL, c.fractional())
                    .year(E_FIRST_YEAR, c.firstYear())
                    .year(E_LAST_YEAR, c.lastYear())
                    .data(C_PAPER_IDS, paperIds(corpus, c.papers()))
                    .end();
        }
        w.finish();
    }

    /** {@code citation.graphml}: papers, directed citing → cited, every edge weight 1. */
    static void writeCitation(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        List<Key> nodeKeys = nodeKeys(analysis.papers());
        List<Key> keys = new ArrayList<>(nodeKeys);
        keys.add(WEIGHT);
        GraphmlWriter w = start(out, true, keys);
        writeNodes(w, analysis.papers(), nodeKeys);
        int n = 0;
        for (Citation c : analysis.networks().citation().citations()) {
            w.edge("e" + n++, corpus.paper(c.citing()).id(), corpus.paper(c.cited()).id())
                    .data(WEIGHT, 1.0)
                    .end();
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
                        w.data(key, String.join(";", (List<String>) table.values(c).value(r)));
                        break;
                    default:
                        w.data(key, (String) table.values(c).value(r));
                }
            }
            w.end();
        }
    }

    /** {@code topics.graphml}: papers, undirected, weight = shared keywords; community = topic community. */
    static void writeTopics(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
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
        int n = 0;
        for (TopicLink link : analysis.networks().topics().links()) {
            w.edge("e" + n++, corpus.paper(link.source()).id(), corpus.paper(link.target()).id())
                    .data(WEIGHT, link.weight())
                    .data(T_SHARED_KEYWORDS, String.join(";", link.sharedKeywords()))
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
    static void writeNetwork(CorpusAnalysis analysis, OutputStream out) throws IOException {
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
        int n = 0;
        for (Authorship a : analysis.networks().authorships()) {
            w.edge("e" + n++, corpus.author(a.author()).id(), corpus.paper(a.paper()).id())
                    .data(EDGE_TYPE, "authored").data(WEIGHT, 1.0).data(POSITION, a.position()).end();
        }
        java.util.Map<Long, TopicLink> topicByPair = new java.util.HashMap<>();
        for (TopicLink link : analysis.networks().topics().links()) {
            topicByPair.put(pairKey(link.source(), link.target()), link);
        }
        Set<Long> citedPairs = new HashSet<>();
        for (Citation c : analysis.networks().citation().citations()) {
            long key = pairKey(c.citing(), c.cited());
            // A mutual citation is two edges A→B and B→A (not parallel); the topic goes on the first.
            TopicLink topic = citedPairs.add(key) ? topicByPair.get(key) : null;
            w.edge("e" + n++, corpus.paper(c.citing()).id(), corpus.paper(c.cited()).id())
                    .data(EDGE_TYPE, "cites").data(WEIGHT, 1.0)
                    .data(T_SHARED_KEYWORDS, topic == null ? "" : String.join(";", topic.sharedKeywords()))
                    .end();
        }
        for (TopicLink link : analysis.networks().topics().links()) {
            if (citedPairs.contains(pairKey(link.source(), link.target()))) {
                continue;
            }
            w.edge("e" + n++, corpus.paper(link.source()).id(), corpus.paper(link.target()).id(), false)
                    .data(EDGE_TYPE, "topic").data(WEIGHT, link.weight())
                    .data(T_SHARED_KEYWORDS, String.join(";", link.sharedKeywords())).end();
        }
        for (Paper paper : corpus.papers()) {
            for (String keyword : new java.util.TreeSet<>(paper.keywords())) {
                w.edge("e" + n++, paper.id(), keywordNodeId(keyword))
                        .data(EDGE_TYPE, "has_keyword").data(WEIGHT, 1.0).end();
            }
        }
        w.finish();
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    static String paperIds(Corpus corpus, List<Integer> papers) {
        List<String> ids = new ArrayList<>(papers.size());
        for (int p : papers) {
            ids.add(corpus.paper(p).id());
        }
        return ids.stream().collect(Collectors.joining(";"));
    }
}
