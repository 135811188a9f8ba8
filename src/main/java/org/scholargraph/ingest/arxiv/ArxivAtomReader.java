package org.scholargraph.ingest.arxiv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/**
 * Reads the Atom feed of the arXiv API ({@code export.arxiv.org/api/query}, described in the
 * <a href="https://info.arxiv.org/help/api/user-manual.html">arXiv API user manual</a>): a
 * {@code <feed>} whose {@code <entry>} elements are papers, streamed with StAX one entry at a
 * time. The feed's own {@code title}, {@code id}, {@code link} and OpenSearch counts
 * ({@code opensearch:totalResults}) are not records. What an entry becomes is described in
 * {@link ArxivEntry}.
 *
 * <p>The API sends no DTD and needs none, so the parser is set up with DTD support off and
 * external entities off, and a resolver that refuses everything: a feed that declares an entity
 * (say {@code SYSTEM "file:///etc/passwd"}) and uses it is unreadable rather than read. An error
 * reply (HTTP 400 still carries a feed, with one entry whose id is
 * {@code http://arxiv.org/api/errors#…}) is rejected with the API's message. A well-formedness
 * error stops the file with {@link UnreadableInputException} at its line, after the entries before
 * it were delivered.
 *
 * <p>Stateless and thread-safe: each read has its own parser.
 */
public final class ArxivAtomReader implements RecordReader {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
    private static final Pattern FEED = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?feed[\\s>]");

    /** Creates the reader; it holds no state. */
    public ArxivAtomReader() {
    }

    /**
     * True when the head holds an Atom {@code <feed} start tag and mentions {@code arxiv.org}
     * (the feed's {@code xmlns:arxiv}, its id or its entries' ids).
     */
    @Override
    public boolean recognises(String head, Path file) {
        String text = COMMENT.matcher(head).replaceAll(" ");
        return FEED.matcher(text).find() && text.contains(ATOM) && text.contains("arxiv.org");
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        XMLStreamReader xml = null;
        long line = 1;
        int delivered = 0;
        try {
            xml = factory().createXMLStreamReader(text);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    line = lineOf(xml, line);
                    depth++;
                    String name = xml.getLocalName();
                    if (depth == 1 && !name.equals("feed")) {
                        throw new UnreadableInputException(file, line, "not an Atom feed: the root element is <"
                                + name + ">, not <feed>");
                    }
                    if (depth == 2 && name.equals("entry")) {
                        delivered += ArxivEntry.read(xml, file, line, sink);
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableInputException) {
                throw (UnreadableInputException) e;
            }
            long at = Math.max(line, xml == null ? 0 : lineOf(xml, line));
            throw new UnreadableInputException(file, at, "broken Atom XML: " + message(e)
                    + (delivered > 0 ? " (" + delivered + " entries before it were read)" : ""), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // the caller owns the text: nothing to release
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("an arXiv feed reads no external resource; refused " + systemId);
        });
        return factory;
    }

    private static long lineOf(XMLStreamReader xml, long fallback) {
        Location at = xml.getLocation();
        return at == null || at.getLineNumber() < 1 ? fallback : Math.max(fallback, at.getLineNumber());
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        message = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return message.strip().replaceAll("\\s+", " ");
    }
}
