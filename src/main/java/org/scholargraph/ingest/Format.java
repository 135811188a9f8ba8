package org.scholargraph.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.scholargraph.ingest.arxiv.ArxivAtomReader;
import org.scholargraph.ingest.bibtex.BibtexReader;
import org.scholargraph.ingest.crossref.CrossrefReader;
import org.scholargraph.ingest.csl.CslJsonReader;
import org.scholargraph.ingest.dblp.DblpReader;
import org.scholargraph.ingest.medline.MedlineReader;
import org.scholargraph.ingest.ris.RisReader;
import org.scholargraph.ingest.scopus.ScopusCsvReader;
import org.scholargraph.ingest.semanticscholar.SemanticScholarReader;
import org.scholargraph.ingest.wos.WosPlainReader;
import org.scholargraph.ingest.wos.WosTabReader;
import org.scholargraph.ingest.listing.AbstractListReader;
import org.scholargraph.ingest.listing.AuthorPageReader;
import org.scholargraph.ingest.listing.PaperPageReader;
import org.scholargraph.ingest.listing.ReadingListReader;
import org.scholargraph.ingest.openalex.OpenAlexReader;

/**
 * Every input format scholargraph reads, each with its reader. Detection asks the readers in the
 * order declared here: JSON and XML formats by their keys and elements, tagged text formats by
 * their tags, CSV by its header, and the loosest listing pages last.
 *
 * <p>Each format's id is declared here and nowhere else: a reader writes {@code Format.X.id()} into
 * its records. It must do so while reading, never in a static initialiser, since creating the
 * constants of this enum creates the readers.
 */
public enum Format {
    OPENALEX("openalex", "OpenAlex works: API page, single work, or snapshot JSON Lines",
            "authors with OpenAlex ids, title, year and date, venue, DOI, PMID, arXiv id, keywords or topics, referenced works",
            OpenAlexReader::new),
    CROSSREF("crossref", "Crossref works JSON: one work (with or without 'message') or a works list ('items')",
            "authors, title, issued year, container title, volume, page, DOI, subjects, references (DOI or unstructured)",
            CrossrefReader::new),
    SEMANTIC_SCHOLAR("semantic-scholar", "Semantic Scholar JSON: a paper with references and citations, or search results ('data')",
            "authors with S2 ids, title, year, venue, DOI, arXiv, PMID, S2 ids, topics/fields of study, references and citing papers",
            SemanticScholarReader::new),
    CSL_JSON("csl-json", "CSL-JSON: a list of items or one item",
            "authors, title, issued date-parts, container title, volume, page, DOI, keywords, references when present",
            CslJsonReader::new),
    DBLP("dblp", "DBLP XML (entities from a dblp.dtd beside the file)",
            "authors, title, year, journal/booktitle, volume, pages, DOI (ee), DBLP key",
            DblpReader::new),
    ARXIV("arxiv", "arXiv API Atom feed",
            "authors, title, published date, arXiv id, DOI, journal reference, categories, abstract",
            ArxivAtomReader::new),
    WOS_PLAIN("wos", "Web of Science plain text export (tagged: PT, AU, TI, …, ER)",
            "authors (AU/AF), title, source, year, volume, pages, DOI, UT, keywords (DE, ID), cited references (CR)",
            WosPlainReader::new),
    MEDLINE("medline", "PubMed/MEDLINE text (FAU, AU, DP, MH, OT, PMID)",
            "full author names, title, year (DP), journal, volume, pages, PMID, DOI (AID), MeSH and other terms",
            MedlineReader::new),
    RIS("ris", "RIS (reference managers, Scopus RIS with N1 references)",
            "AU/A1, TI/T1, PY/Y1, JO/T2, VL, SP/EP, DO, KW, N1 'References:' blocks",
            RisReader::new),
    BIBTEX("bibtex", "BibTeX (@string, # concatenation, TeX accents, crossref; Scopus and WoS BibTeX exports)",
            "author, title, year, journal/booktitle, volume, pages, doi, eprint, keywords, references fields of Scopus/WoS exports",
            BibtexReader::new),
    WOS_TAB("wos-tab", "Web of Science tab-delimited export",
            "the same fields as the plain text export, from its columns",
            WosTabReader::new),
    SCOPUS_CSV("scopus-csv", "Scopus CSV export (old header and current one with 'Author(s) ID')",
            "authors with Scopus author ids, title, year, source, volume, pages, DOI, EID, author and index keywords, references",
            ScopusCsvReader::new),
    PAPER_PAGE("paper-page", "a saved paper page with 'Added by' and 'Publication date' lines",
            "title, uploader as author, year, abstract; related abstracts with their author and year",
            PaperPageReader::new),
    READING_LIST("reading-list", "a course reading list with reference lines ('A, B and C. Title. Venue, 2019.')",
            "authors, title, venue, year, arXiv id of each reference line", ReadingListReader::new),
    AUTHOR_PAGE("author-page", "an author's paper list: title, date line, author line, abstract",
            "title, date, authors, abstract", AuthorPageReader::new),
    ABSTRACT_LIST("abstract-list", "a plain list of abstracts, one paragraph each", "abstract",
            AbstractListReader::new);

    private final String id;
    private final String description;
    private final String fields;
    private final RecordReader reader;

    Format(String id, String description, String fields, Supplier<RecordReader> reader) {
        this.id = id;
        this.description = description;
        this.fields = fields;
        this.reader = reader.get();
    }

    /** Short id, as in {@code papers.csv} {@code sources} and in messages. */
    public String id() {
        return id;
    }

    /** What a file of this format looks like, in one line. */
    public String description() {
        return description;
    }

    /** What the reader takes from a record, in one line. */
    public String fields() {
        return fields;
    }

    /** The reader for this format. */
    public RecordReader reader() {
        return reader;
    }

    /** The first format whose reader recognises the file's first characters. */
    public static Optional<Format> detect(String head, Path file) {
        return Arrays.stream(values()).filter(f -> f.reader.recognises(head, file)).findFirst();
    }

    /** The format with a short id. */
    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
