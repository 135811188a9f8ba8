package org.scholargraph.ingest.dblp;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/**
 * Reads DBLP XML ({@code dblp.xml} from <a href="https://dblp.org/xml/">dblp.org/xml</a>, or a
 * part of it): a {@code <dblp>} root whose children are records ({@code article},
 * {@code inproceedings}, {@code proceedings}, {@code book}, {@code incollection},
 * {@code phdthesis}, {@code mastersthesis}, {@code data}), streamed with StAX one record at a time.
 * {@code www} (person pages: {@code homepages/…}) and {@code person} elements describe people,
 * not works, and are skipped; any other child is rejected. What a record becomes is described in
 * {@link DblpRecord}.
 *
 * <p>Quirks of the real file handled here:
 * <ul>
 *   <li>it starts with {@code <!DOCTYPE dblp SYSTEM "dblp.dtd">} and writes every non-ASCII letter
 *       as an entity ({@code Sch&ouml;nhage}) that only that DTD defines. The DTD is read from a
 *       file named {@code dblp.dtd} beside the input and from nowhere else (no network, no other
 *       file: any other system id is refused); when it is missing the file is unreadable, with a
 *       message that says where to put it;
 *   <li>its XML declaration says {@code encoding="ISO-8859-1"}, but the reader receives text
 *       already decoded (UTF-8, falling back to ISO-8859-1 when the bytes are not UTF-8, which is
 *       right for DBLP's file), so the declaration is moot: the parser reads characters, not bytes;
 *   <li>a snapshot holds tens of millions of entity references, far beyond the JDK's default of
 *       64,000 expansions per document ({@code JAXP00010001}, the error everyone meets parsing
 *       dblp.xml with Java), so the per-document count and total-size limits are raised to
 *       {@value #ENTITY_EXPANSIONS_PER_DOCUMENT}. Expansion stays bounded another way: before the
 *       parser sees them, {@link DblpEntityGuard} refuses entities defined through other entities
 *       and general entities longer than {@value DblpEntityGuard#MAX_GENERAL_ENTITY_CHARS}
 *       characters (in {@code dblp.dtd} and in the document's internal subset), the JDK's
 *       per-entity size limit is set to the same, its limit on nodes in entity references stays at
 *       its default, and no field may grow beyond {@value DblpRecord#FIELD_LIMIT} characters. A
 *       "billion laughs" file is refused before any expansion.
 * </ul>
 * The JDK's StAX parser has no {@code FEATURE_SECURE_PROCESSING} switch (it throws
 * "not supported"): its security manager is always on, and its limits are set here by their
 * {@code jdk.xml.*} property names. External general entities are never read.
 *
 * <p>A well-formedness error stops the file with {@link UnreadableInputException} at its line,
 * after the records before it were delivered. Stateless and thread-safe: each read has its own
 * parser factory, whose resolver knows that read's file.
 */
public final class DblpReader implements RecordReader {

    /** The one DTD the reader loads, from the input's folder. */
    static final String DTD_NAME = "dblp.dtd";

    /** The JDK's per-document limits on entity expansions and on their total size. */
    static final int ENTITY_EXPANSIONS_PER_DOCUMENT = 1_000_000_000;

    /** The largest {@code dblp.dtd} read (DBLP's is 11 KB). */
    private static final int MAX_DTD_BYTES = 1 << 20;

    /** How much of the document's start is checked for an internal DTD subset. */
    private static final int PROLOG_PROBE_CHARS = 1 << 16;

    private static final Set<String> RECORDS = Set.of("article", "inproceedings", "proceedings", "book",
            "incollection", "phdthesis", "mastersthesis", "data");
    private static final Set<String> NOT_WORKS = Set.of("www", "person");

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
    private static final Pattern DBLP_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+dblp[\\s\\[>]");
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    /** Creates the reader; it holds no state. */
    public DblpReader() {
    }

    /** True when the head declares the {@code dblp} document type or its first element is {@code <dblp>}. */
    @Override
    public boolean recognises(String head, Path file) {
        String text = COMMENT.matcher(head).replaceAll(" ");
        if (DBLP_DOCTYPE.matcher(text).find()) {
            return true;
        }
        Matcher first = FIRST_ELEMENT.matcher(text);
        return first.find() && first.group(1).equals("dblp") && text.stripLeading().startsWith("<");
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        checkProlog(file, text);
        DtdAccess dtd = new DtdAccess(file.toAbsolutePath().resolveSibling(DTD_NAME));
        XMLStreamReader xml = null;
        long line = 1;
        int delivered = 0;
        try {
            xml = factory(dtd).createXMLStreamReader(text);
            boolean inRoot = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    Optional<String> problem = DblpEntityGuard.checkDeclared(xml.getProperty("javax.xml.stream.entities"));
                    if (problem.isPresent()) {
                        throw new UnreadableInputException(file, lineOf(xml, line), problem.get());
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    line = lineOf(xml, line);
                    String name = xml.getLocalName();
                    if (!inRoot) {
                        if (!name.equals("dblp")) {
                            throw new UnreadableInputException(file, line,
                                    "not DBLP XML: the root element is <" + name + ">, not <dblp>");
                        }
                        inRoot = true;
                    } else if (NOT_WORKS.contains(name)) {
                        skipElement(xml);
                    } else {
                        delivered += DblpRecord.read(xml, file, line, RECORDS.contains(name), sink);
                    }
                    line = lineOf(xml, line);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableInputException) {
                throw (UnreadableInputException) e;
            }
            throw unreadable(file, e, dtd, Math.max(line, xml == null ? 0 : lineOf(xml, line)), delivered);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing a parser over text the caller owns: nothing to release
                }
            }
        }
    }

    /** Checks the internal DTD subset before the parser reads it (see {@link DblpEntityGuard}). */
    private static void checkProlog(Path file, BufferedReader text) throws IOException {
        text.mark(PROLOG_PROBE_CHARS + 1);
        char[] buffer = new char[PROLOG_PROBE_CHARS];
        int filled = 0;
        int n;
        while (filled < buffer.length && (n = text.read(buffer, filled, buffer.length - filled)) > 0) {
            filled += n;
        }
        text.reset();
        String start = new String(buffer, 0, filled);
        int doctype = start.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return;
        }
        if (!DblpEntityGuard.internalSubsetEndsWithin(start)) {
            throw new UnreadableInputException(file, 1, "the document's internal DTD subset is longer than "
                    + PROLOG_PROBE_CHARS + " characters; DBLP's file has none");
        }
        Optional<String> problem = DblpEntityGuard.checkDeclarations(start);
        if (problem.isPresent()) {
            throw new UnreadableInputException(file, 1 + start.substring(0, doctype).chars().filter(c -> c == '\n').count(),
                    problem.get());
        }
    }

    private static XMLInputFactory factory(DtdAccess dtd) {
        // The JDK's own implementation, whatever StAX provider is on the class path: the limits below are its properties.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.entityExpansionLimit", ENTITY_EXPANSIONS_PER_DOCUMENT);
        factory.setProperty("jdk.xml.totalEntitySizeLimit", ENTITY_EXPANSIONS_PER_DOCUMENT);
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", DblpEntityGuard.MAX_GENERAL_ENTITY_CHARS);
        factory.setXMLResolver(dtd);
        return factory;
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static long lineOf(XMLStreamReader xml, long fallback) {
        Location at = xml.getLocation();
        return at == null || at.getLineNumber() < 1 ? fallback : Math.max(fallback, at.getLineNumber());
    }

    private static UnreadableInputException unreadable(Path file, Exception e, DtdAccess dtd, long line, int delivered) {
        String read = delivered > 0 ? " (" + delivered + " records before it were read)" : "";
        if (dtd.missing) {
            return new UnreadableInputException(file, line, "the file declares <!DOCTYPE dblp SYSTEM \"dblp.dtd\">, whose"
                    + " character entities (&uuml; and the like) are defined in that DTD: put DBLP's dblp.dtd beside "
                    + file.getFileName() + " (looked for " + dtd.path + ")" + read, e);
        }
        if (dtd.refusal != null) {
            return new UnreadableInputException(file, line, dtd.refusal + read, e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        message = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        message = message.strip().replaceAll("\\s+", " ");
        if (message.contains("JAXP0001")) {
            message = "the XML parser's entity limits were reached (" + message + ")";
        }
        return new UnreadableInputException(file, line, "broken DBLP XML: " + message + read, e);
    }

    /**
     * Resolves the system id {@code dblp.dtd} to the file beside the input, checked by
     * {@link DblpEntityGuard}, and refuses every other external resource. It notes why it refused,
     * so that the reader can say so (the parser wraps the resolver's exception in its own).
     */
    private static final class DtdAccess implements XMLResolver {
        private final Path path;
        private boolean missing;
        private String refusal;

        DtdAccess(Path path) {
            this.path = path;
        }

        @Override
        public Object resolveEntity(String publicId, String systemId, String baseUri, String namespace)
                throws XMLStreamException {
            if (systemId == null || !systemId.strip().equals(DTD_NAME)) {
                refusal = "refused to read the external resource '" + systemId + "': only a " + DTD_NAME
                        + " beside the file is read";
                throw new XMLStreamException(refusal);
            }
            if (!Files.isRegularFile(path)) {
                missing = true;
                throw new XMLStreamException(DTD_NAME + " is missing: " + path);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_DTD_BYTES + 1);
            } catch (IOException e) {
                refusal = "cannot read " + path + ": " + e.getMessage();
                throw new XMLStreamException(refusal, e);
            }
            if (bytes.length > MAX_DTD_BYTES) {
                refusal = path + " is larger than " + MAX_DTD_BYTES + " bytes; DBLP's dblp.dtd is about 11 KB";
                throw new XMLStreamException(refusal);
            }
            Optional<String> problem = DblpEntityGuard.checkDeclarations(new String(bytes, StandardCharsets.ISO_8859_1));
            if (problem.isPresent()) {
                refusal = path.getFileName() + ": " + problem.get();
                throw new XMLStreamException(refusal);
            }
            return new ByteArrayInputStream(bytes);
        }
    }
}
