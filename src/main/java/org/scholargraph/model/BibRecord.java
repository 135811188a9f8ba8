package org.scholargraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One bibliographic record as a reader found it in one source, before papers are merged and
 * authors resolved. Every reader of every format produces these.
 *
 * @param source file and line the record starts on
 * @param format short id of the format it was read as ({@code openalex}, {@code author-page}, …: the ids
 *     that {@code scholargraph formats} lists)
 * @param title the title, empty for an abstract-only record
 * @param authors authors in byline order
 * @param year publication year when known
 * @param date publication date when the source gives a full date
 * @param venue journal, conference or series, empty when unknown
 * @param volume the volume, empty when unknown
 * @param pages the page range or article number as given ("404-409", "e1002"), empty when unknown
 * @param abstractText the abstract, empty when absent
 * @param ids canonical identifiers of this work
 * @param keywords the record's own keywords (author keywords, concepts, topics), in source order
 * @param references works this record cites
 * @param subjectCategories the source's classification rather than the paper's topics: subject
 *     categories (arXiv, Web of Science), publication types (Scopus "article") and MEDLINE check
 *     tags ("Humans"), in source order
 */
public record BibRecord(
        Provenance source,
        String format,
        String title,
        List<RecordAuthor> authors,
        OptionalInt year,
        Optional<LocalDate> date,
        String venue,
        String volume,
        String pages,
        String abstractText,
        Map<IdScheme, String> ids,
        List<String> keywords,
        List<Reference> references,
        List<String> subjectCategories) {

    public BibRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        title = Objects.requireNonNull(title, "title").strip();
        authors = List.copyOf(authors);
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
        venue = Objects.requireNonNull(venue, "venue").strip();
        volume = Objects.requireNonNull(volume, "volume").strip();
        pages = Objects.requireNonNull(pages, "pages").strip();
        abstractText = Objects.requireNonNull(abstractText, "abstractText").strip();
        ids = IdScheme.orderedCopy(ids);
        keywords = List.copyOf(keywords);
        references = List.copyOf(references);
        subjectCategories = List.copyOf(subjectCategories);
        if (title.isEmpty() && abstractText.isEmpty() && ids.isEmpty()) {
            throw new IllegalArgumentException(source + ": a record needs a title, an abstract or an identifier");
        }
    }

    /** A record without subject categories. */
    public BibRecord(Provenance source, String format, String title, List<RecordAuthor> authors, OptionalInt year,
            Optional<LocalDate> date, String venue, String volume, String pages, String abstractText,
            Map<IdScheme, String> ids, List<String> keywords, List<Reference> references) {
        this(source, format, title, authors, year, date, venue, volume, pages, abstractText, ids, keywords, references,
                List.of());
    }

    /** A builder, since most formats fill the fields one tag or key at a time. */
    public static Builder builder(Provenance source, String format) {
        return new Builder(source, format);
    }

    /** Collects the fields of one record while a reader walks through it. */
    public static final class Builder {
        private final Provenance source;
        private final String format;
        private String title = "";
        private final List<RecordAuthor> authors = new java.util.ArrayList<>();
        private OptionalInt year = OptionalInt.empty();
        private Optional<LocalDate> date = Optional.empty();
        private String venue = "";
        private String volume = "";
        private String pages = "";
        private String abstractText = "";
        private final Map<IdScheme, String> ids = new java.util.EnumMap<>(IdScheme.class);
        private final List<String> keywords = new java.util.ArrayList<>();
        private final List<Reference> references = new java.util.ArrayList<>();
        private final java.util.Set<String> subjectCategories = new java.util.LinkedHashSet<>();

        private Builder(Provenance source, String format) {
            this.source = Objects.requireNonNull(source);
            this.format = Objects.requireNonNull(format);
        }

        public Builder title(String value) {
            this.title = value == null ? "" : value;
            return this;
        }

        public Builder author(RecordAuthor author) {
            authors.add(author);
            return this;
        }

        public Builder year(int value) {
            this.year = OptionalInt.of(value);
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = Optional.of(value);
            if (year.isEmpty()) {
                year = OptionalInt.of(value.getYear());
            }
            return this;
        }

        public Builder venue(String value) {
            this.venue = value == null ? "" : value;
            return this;
        }

        public Builder volume(String value) {
            this.volume = value == null ? "" : value;
            return this;
        }

        public Builder pages(String value) {
            this.pages = value == null ? "" : value;
            return this;
        }

        public Builder abstractText(String value) {
            this.abstractText = value == null ? "" : value;
            return this;
        }

        /** Adds an identifier when the raw value is valid for its scheme; ignores it otherwise. */
        public Builder id(IdScheme scheme, String raw) {
            scheme.normalise(raw).ifPresent(v -> ids.putIfAbsent(scheme, v));
            return this;
        }

        public Builder keyword(String value) {
            if (value != null && !value.isBlank()) {
                keywords.add(value.strip());
            }
            return this;
        }

        /** Adds a subject category, publication type or check tag, once whatever its case ("Article", "article"). */
        public Builder subjectCategory(String value) {
            if (value != null && !value.isBlank()
                    && subjectCategories.stream().noneMatch(value.strip()::equalsIgnoreCase)) {
                subjectCategories.add(value.strip());
            }
            return this;
        }

        public Builder reference(Reference reference) {
            references.add(reference);
            return this;
        }

        public String title() {
            return title;
        }

        public BibRecord build() {
            return new BibRecord(source, format, title, authors, year, date, venue, volume, pages, abstractText, ids, keywords,
                    references, List.copyOf(subjectCategories));
        }
    }
}
