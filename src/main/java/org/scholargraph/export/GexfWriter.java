package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.ColumnType;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Corpus;

/**
 * Writes {@code coauthorship.gexf}: the coauthorship network over time in GEXF 1.3
 * (https://gexf.net/schema.html), which Gephi's timeline plays; GraphML has no time that Gephi reads.
 *
 * <p>The graph is {@code mode="dynamic"}, {@code timeformat="double"}, {@code timerepresentation="interval"},
 * with years as numbers. An author lives from the first to the last year of their papers
 * ({@code start}/{@code end} on the node, so that an author does not vanish in a year without a
 * paper); a collaboration is active in each year with a joint paper: one {@code <spell>} per year,
 * {@code start = end = year}. Unknown years (0) give no time at all: an author or pair without a
 * dated paper is present at every time, which is how Gephi treats an element without time.
 * Attributes are static: the node-attribute columns of the author table, as in {@code coauthorship.graphml}.
 * Streamed with {@link XmlOut}; the edges are those {@link EdgeLimits#coauthorship()} keeps, with
 * their ids in the whole network's order.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String[][] EDGE_ATTRIBUTES = {
        {"joint_papers", "integer"}, {"fractional", "double"}, {"first_year", "integer"},
        {"last_year", "integer"}, {"paper_ids", "string"}};

    private final XmlOut xml;

    private GexfWriter(XmlOut xml) {
        this.xml = xml;
    }

    /**
     * Writes the coauthorship network of {@code analysis} to {@code out}, with the edges
     * {@code limits} keeps and at most {@value ExportOptions#PAPER_IDS_PER_GRAPH_EDGE} paper ids
     * an edge; the stream stays open.
     */
    static void writeCoauthorship(CorpusAnalysis analysis, EdgeLimits limits, NodeNames nodes, OutputStream out) throws IOException {
        XmlOut xml = new XmlOut(out);
        new GexfWriter(xml).write(analysis, limits.coauthorship(), nodes);
        xml.flush();
    }

    private void write(CorpusAnalysis analysis, EdgeSelection kept, NodeNames nodes) throws IOException {
        Corpus corpus = analysis.corpus();
        xml.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").newline(0);
        xml.markup("<gexf xmlns=\"" + NAMESPACE + "\" xmlns:xsi=\"" + XSI + "\" xsi:schemaLocation=\"" + NAMESPACE
                + " http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">");
        xml.newline(1).markup("<meta>");
        xml.newline(2).markup("<creator>scholargraph</creator>");
        xml.newline(2).markup("<description>coauthorship network over time: authors, joint papers per year</description>");
        xml.newline(1).markup("</meta>");
        xml.newline(1).markup("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"double\""
                + " timerepresentation=\"interval\">");
        NodeTable authors = analysis.authors();
        declare("node", nodeAttributes(authors));
        declare("edge", EDGE_ATTRIBUTES);

        xml.newline(2).markup("<nodes>");
        int firstYear = authors.indexOf(AuthorColumns.FIRST_YEAR.name());
        int lastYear = authors.indexOf(AuthorColumns.LAST_YEAR.name());
        List<NodeColumn> columns = authors.columns();
        for (int a = 0; a < authors.size(); a++) {
            xml.newline(3).markup("<node").attribute("id", authors.id(a)).attribute("label", authors.label(a));
            int first = (int) authors.values(firstYear).number(a);
            int last = (int) authors.values(lastYear).number(a);
            if (first != 0) {
                xml.attribute("start", first).attribute("end", last != 0 ? last : first);
            }
            xml.markup('>');
            xml.newline(4).markup("<attvalues>");
            for (int c = 0; c < columns.size(); c++) {
                NodeColumn column = columns.get(c);
                if (column.nodeAttribute()) {
                    attvalue(column.name(), text(column.type(), authors.values(c).value(a)));
                }
            }
            xml.newline(4).markup("</attvalues>");
            xml.newline(3).markup("</node>");
        }
        xml.newline(2).markup("</nodes>");

        xml.newline(2).markup("<edges>");
        List<Collaboration> collaborations = analysis.networks().coauthorship().collaborations();
        NodeIds authorIds = nodes.authors();
        NodeIds paperIds = nodes.papers();
        // Edges name their ends in an order of their own: names and years read from arrays, not
        // from each author and paper.
        String[] names = nodes.authorNames();
        int[] yearOf = ScholarlyNetworks.yearsOfPapers(corpus);
        int[] years = new int[16];
        for (int n = 0; n < collaborations.size(); n++) {
            if (!kept.keeps(n)) {
                continue;
            }
            Collaboration c = collaborations.get(n);
            xml.newline(3).markup("<edge id=\"e").number(n).markup('"').attribute("source", authorIds, c.source())
                    .attribute("target", authorIds, c.target())
                    .markup(" label=\"").attributeValue(names[c.source()]).attributeValue(SEPARATOR).attributeValue(names[c.target()]).markup('"')
                    .markup(" weight=\"").decimal(c.jointPapers()).markup("\">");
            xml.newline(4).markup("<attvalues>");
            attvalue("joint_papers", c.jointPapers());
            attvalue("fractional", NumberText.of(c.fractional()));
            if (c.firstYear() != 0) {
                attvalue("first_year", c.firstYear());
            }
            if (c.lastYear() != 0) {
                attvalue("last_year", c.lastYear());
            }
            attvalue("paper_ids", GraphmlWriter.paperIds(paperIds, c.papers(), ExportOptions.PAPER_IDS_PER_GRAPH_EDGE));
            xml.newline(4).markup("</attvalues>");
            if (years.length < c.papers().size()) {
                years = new int[2 * c.papers().size()];
            }
            int active = activeYears(yearOf, c.papers(), years);
            if (active > 0) {
                xml.newline(4).markup("<spells>");
                for (int k = 0; k < active; k++) {
                    xml.newline(5).markup("<spell").attribute("start", years[k]).attribute("end", years[k]).markup("/>");
                }
                xml.newline(4).markup("</spells>");
            }
            xml.newline(3).markup("</edge>");
        }
        xml.newline(2).markup("</edges>");
        xml.newline(1).markup("</graph>");
        xml.newline(0).markup("</gexf>");
        xml.newline(0);
    }

    /** Between the two names of an edge's label. */
    private static final String SEPARATOR = " – ";

    /** The distinct years of {@code papers} (0 for none left out), ascending in {@code into}; how many. */
    private static int activeYears(int[] yearOf, List<Integer> papers, int[] into) {
        int dated = 0;
        for (int p : papers) {
            if (yearOf[p] != 0) {
                into[dated++] = yearOf[p];
            }
        }
        Arrays.sort(into, 0, dated);
        int distinct = 0;
        for (int k = 0; k < dated; k++) {
            if (k == 0 || into[k] != into[k - 1]) {
                into[distinct++] = into[k];
            }
        }
        return distinct;
    }

    /** The GEXF attributes of the node-attribute columns: id and type. */
    private static String[][] nodeAttributes(NodeTable table) {
        return table.columns().stream().filter(NodeColumn::nodeAttribute)
                .map(c -> new String[] {c.name(), attributeType(c.type())}).toArray(String[][]::new);
    }

    /** The GEXF attribute type of a column type. */
    private static String attributeType(ColumnType type) {
        switch (type) {
            case INTEGER:
            case CATEGORY:
            case YEAR:
                return "integer";
            case REAL:
                return "double";
            default:
                return "string";
        }
    }

    /** The text of a column's value; empty for an unknown year, a non-finite number, an empty text. */
    @SuppressWarnings("unchecked")
    private static String text(ColumnType type, Object value) {
        switch (type) {
            case INTEGER:
            case CATEGORY:
                return NumberText.of(((Number) value).intValue());
            case YEAR:
                return NumberText.year(((Number) value).intValue());
            case REAL:
                return NumberText.of(((Number) value).doubleValue());
            case LIST:
                return XmlText.attribute(String.join(";", (List<String>) value));
            default:
                return XmlText.attribute((String) value);
        }
    }

    private void declare(String domain, String[][] attributes) throws IOException {
        xml.newline(2).markup("<attributes class=\"").markup(domain).markup("\" mode=\"static\">");
        for (String[] attribute : attributes) {
            xml.newline(3).markup("<attribute").attribute("id", attribute[0]).attribute("title", attribute[0])
                    .attribute("type", attribute[1]).markup("/>");
        }
        xml.newline(2).markup("</attributes>");
    }

    /** A text attribute value; empty (unknown) values, and values of characters XML forbids only, are left out. */
    private void attvalue(String id, String value) throws IOException {
        String legal = XmlText.attribute(value);
        if (legal.isEmpty()) {
            return;
        }
        xml.newline(5).markup("<attvalue for=\"").markup(id).markup("\" value=\"").attributeValue(legal).markup("\"/>");
    }

    /** An int attribute value. */
    private void attvalue(String id, int value) throws IOException {
        xml.newline(5).markup("<attvalue for=\"").markup(id).markup("\" value=\"").number(value).markup("\"/>");
    }
}
