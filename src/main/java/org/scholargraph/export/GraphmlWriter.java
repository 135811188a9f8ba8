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
import org.scholargraph.analysis.AuthorStats;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.PaperStats;
import org.scholargraph.graph.Authorship;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.CoauthorshipNetwork;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.KeywordNetwork;
import org.scholargraph.graph.TopicLink;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
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

    private static final Key A_PAPERS = Key.node("papers", "int");
    private static final Key A_CITATIONS = Key.node("citations", "int");
    private static final Key A_H_INDEX = Key.node("h_index", "int");
    private static final Key A_FIRST_YEAR = Key.node("first_year", "int");
    private static final Key A_LAST_YEAR = Key.node("last_year", "int");
    private static final Key A_COAUTHORS = Key.node("coauthors", "int");
    private static final Key A_DEGREE = Key.node("degree", "int");
    private static final Key A_STRENGTH = Key.node("strength", "double");
    private static final Key A_BETWEENNESS = Key.node("betweenness", "double");
    private static final Key A_HARMONIC = Key.node("harmonic", "double");
    private static final Key A_EIGENVECTOR = Key.node("eigenvector", "double");
    private static final Key N_PAGERANK = Key.node("pagerank", "double");
    private static final Key A_CORENESS = Key.node("coreness", "int");
    private static final Key N_COMMUNITY = Key.node("community", "int");
    private static final Key C_JOINT_PAPERS = Key.edge("joint_papers", "int");
    private static final Key C_FRACTIONAL = Key.edge("fractional", "double");
    private static final Key E_FIRST_YEAR = Key.edge("first_year", "int");
    private static final Key E_LAST_YEAR = Key.edge("last_year", "int");
    private static final Key C_PAPER_IDS = Key.edge("paper_ids", "string");

    private static final Key P_YEAR = Key.node("year", "int");
    private static final Key P_VENUE = Key.node("venue", "string");
    private static final Key P_DOI = Key.node("doi", "string");
    private static final Key P_REFERENCES = Key.node("references", "int");
    private static final Key P_CITED_BY = Key.node("cited_by", "int");
    private static final Key P_TOPIC_COMMUNITY = Key.node("topic_community", "int");
    private static final Key T_SHARED_KEYWORDS = Key.edge("shared_keywords", "string");

    private static final Key NODE_TYPE = Key.node("type", "string");
    private static final Key EDGE_TYPE = Key.edge("type", "string");
    private static final Key POSITION = Key.edge("position", "int");

    /** {@code coauthorship.graphml}: authors, undirected, weight = joint papers (full counting). */
    static void writeCoauthorship(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        CoauthorshipNetwork network = analysis.networks().coauthorship();
        GraphmlWriter w = start(out, false, List.of(LABEL, A_PAPERS, A_CITATIONS, A_H_INDEX, A_FIRST_YEAR,
                A_LAST_YEAR, A_COAUTHORS, A_DEGREE, A_STRENGTH, A_BETWEENNESS, A_HARMONIC, A_EIGENVECTOR,
                N_PAGERANK, A_CORENESS, N_COMMUNITY, WEIGHT, C_JOINT_PAPERS, C_FRACTIONAL, E_FIRST_YEAR,
                E_LAST_YEAR, C_PAPER_IDS));
        for (AuthorStats a : analysis.authors()) {
            w.node(corpus.author(a.author()).id())
                    .data(LABEL, corpus.author(a.author()).name())
                    .data(A_PAPERS, a.papers())
                    .data(A_CITATIONS, a.citations())
                    .data(A_H_INDEX, a.hIndex())
                    .year(A_FIRST_YEAR, a.firstYear())
                    .year(A_LAST_YEAR, a.lastYear())
                    .data(A_COAUTHORS, network.graph().degree(a.author()))
                    .data(A_DEGREE, a.degree())
                    .data(A_STRENGTH, a.strength())
                    .data(A_BETWEENNESS, a.betweenness())
                    .data(A_HARMONIC, a.harmonic())
                    .data(A_EIGENVECTOR, a.eigenvector())
                    .data(N_PAGERANK, a.pagerank())
                    .data(A_CORENESS, a.coreness())
                    .data(N_COMMUNITY, a.community())
                    .end();
        }
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
        GraphmlWriter w = start(out, true, List.of(LABEL, P_YEAR, P_VENUE, P_DOI, P_REFERENCES, P_CITED_BY,
                N_PAGERANK, N_COMMUNITY, P_TOPIC_COMMUNITY, WEIGHT));
        for (PaperStats p : analysis.papers()) {
            Paper paper = corpus.paper(p.paper());
            w.node(paper.id())
                    .data(LABEL, paper.title())
                    .year(P_YEAR, paper.yearOrZero())
                    .data(P_VENUE, paper.venue())
                    .data(P_DOI, paper.id(IdScheme.DOI).orElse(""))
                    .data(P_REFERENCES, p.references())
                    .data(P_CITED_BY, p.citedBy())
                    .data(N_PAGERANK, p.pagerank())
                    .data(N_COMMUNITY, p.community())
                    .data(P_TOPIC_COMMUNITY, p.topicCommunity())
                    .end();
        }
        int n = 0;
        for (Citation c : analysis.networks().citation().citations()) {
            w.edge("e" + n++, corpus.paper(c.citing()).id(), corpus.paper(c.cited()).id())
                    .data(WEIGHT, 1.0)
                    .end();
        }
        w.finish();
    }

    /** {@code topics.graphml}: papers, undirected, weight = shared keywords; community = topic community. */
    static void writeTopics(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        GraphmlWriter w = start(out, false, List.of(LABEL, P_YEAR, N_COMMUNITY, WEIGHT, T_SHARED_KEYWORDS,
                E_FIRST_YEAR, E_LAST_YEAR));
        for (PaperStats p : analysis.papers()) {
            Paper paper = corpus.paper(p.paper());
            w.node(paper.id())
                    .data(LABEL, paper.title())
                    .year(P_YEAR, paper.yearOrZero())
                    .data(N_COMMUNITY, p.topicCommunity())
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
