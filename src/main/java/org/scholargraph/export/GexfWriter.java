package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.ColumnType;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.model.Author;
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
 * Attributes are static: the node-attribute columns of the author table, as in {@code coauthorship.graphml}. Streamed with the JDK's StAX writer.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String[][] EDGE_ATTRIBUTES = {
        {"joint_papers", "integer"}, {"fractional", "double"}, {"first_year", "integer"},
        {"last_year", "integer"}, {"paper_ids", "string"}};

    private final XMLStreamWriter xml;

    private GexfWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes the coauthorship network of {@code analysis} to {@code out}; the stream stays open. */
    static void writeCoauthorship(CorpusAnalysis analysis, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlText.utf8Writer(out);
            new GexfWriter(xml).write(analysis);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private void write(CorpusAnalysis analysis) throws XMLStreamException {
        Corpus corpus = analysis.corpus();
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
        xml.writeAttribute("version", "1.3");
        newline(1);
        xml.writeStartElement("meta");
        newline(2);
        xml.writeStartElement("creator");
        xml.writeCharacters("scholargraph");
        xml.writeEndElement();
        newline(2);
        xml.writeStartElement("description");
        xml.writeCharacters("coauthorship network over time: authors, joint papers per year");
        xml.writeEndElement();
        close(1);
        newline(1);
        xml.writeStartElement("graph");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("timeformat", "double");
        xml.writeAttribute("timerepresentation", "interval");
        NodeTable authors = analysis.authors();
        declare("node", nodeAttributes(authors));
        declare("edge", EDGE_ATTRIBUTES);

        newline(2);
        xml.writeStartElement("nodes");
        int firstYear = authors.indexOf(AuthorColumns.FIRST_YEAR.name());
        int lastYear = authors.indexOf(AuthorColumns.LAST_YEAR.name());
        for (int a = 0; a < authors.size(); a++) {
            newline(3);
            xml.writeStartElement("node");
            xml.writeAttribute("id", XmlText.attribute(authors.id(a)));
            xml.writeAttribute("label", XmlText.attribute(authors.label(a)));
            int first = (int) authors.values(firstYear).number(a);
            int last = (int) authors.values(lastYear).number(a);
            if (first != 0) {
                xml.writeAttribute("start", NumberText.of(first));
                xml.writeAttribute("end", NumberText.of(last != 0 ? last : first));
            }
            newline(4);
            xml.writeStartElement("attvalues");
            for (int c = 0; c < authors.columns().size(); c++) {
                NodeColumn column = authors.columns().get(c);
                if (column.nodeAttribute()) {
                    attvalue(column.name(), text(column.type(), authors.values(c).value(a)));
                }
            }
            close(4);
            close(3);
        }
        close(2);

        newline(2);
        xml.writeStartElement("edges");
        int n = 0;
        for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
            Author source = corpus.author(c.source());
            Author target = corpus.author(c.target());
            newline(3);
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + n++);
            xml.writeAttribute("source", XmlText.attribute(source.id()));
            xml.writeAttribute("target", XmlText.attribute(target.id()));
            xml.writeAttribute("label", XmlText.attribute(source.name() + " – " + target.name()));
            xml.writeAttribute("weight", NumberText.of((double) c.jointPapers()));
            newline(4);
            xml.writeStartElement("attvalues");
            attvalue("joint_papers", NumberText.of(c.jointPapers()));
            attvalue("fractional", NumberText.of(c.fractional()));
            attvalue("first_year", NumberText.year(c.firstYear()));
            attvalue("last_year", NumberText.year(c.lastYear()));
            attvalue("paper_ids", XmlText.attribute(GraphmlWriter.paperIds(corpus, c.papers())));
            close(4);
            TreeSet<Integer> years = activeYears(corpus, c.papers());
            if (!years.isEmpty()) {
                newline(4);
                xml.writeStartElement("spells");
                for (int year : years) {
                    newline(5);
                    xml.writeEmptyElement("spell");
                    xml.writeAttribute("start", NumberText.of(year));
                    xml.writeAttribute("end", NumberText.of(year));
                }
                close(4);
            }
            close(3);
        }
        close(2);
        close(1);
        close(0);
        newline(0);
        xml.writeEndDocument();
    }

    private static TreeSet<Integer> activeYears(Corpus corpus, List<Integer> papers) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int p : papers) {
            int year = corpus.paper(p).yearOrZero();
            if (year != 0) {
                years.add(year);
            }
        }
        return years;
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

    private void declare(String domain, String[][] attributes) throws XMLStreamException {
        newline(2);
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", domain);
        xml.writeAttribute("mode", "static");
        for (String[] attribute : attributes) {
            newline(3);
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        close(2);
    }

    /** An attribute value; empty (unknown) values are left out. */
    private void attvalue(String id, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        newline(5);
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", value);
    }

    /** Ends the open element on a new line indented {@code depth} levels. */
    private void close(int depth) throws XMLStreamException {
        newline(depth);
        xml.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
