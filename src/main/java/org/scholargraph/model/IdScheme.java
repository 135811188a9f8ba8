package org.scholargraph.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier systems a paper can carry. Each scheme knows how to bring a value to its
 * canonical form, so that the same paper read from two sources compares equal.
 */
public enum IdScheme {
    /** Digital Object Identifier, kept lower case without resolver prefix: {@code 10.1038/nature14539}. */
    DOI("doi"),
    /** arXiv identifier without version: {@code 1812.11118} or {@code math/0211159}. */
    ARXIV("arxiv"),
    /** OpenAlex work id without the URL: {@code W2741809807}. */
    OPENALEX("openalex"),
    /** PubMed id, digits only. */
    PMID("pmid"),
    /** Semantic Scholar corpus or paper id. */
    SEMANTIC_SCHOLAR("s2"),
    /** Web of Science accession number (UT). */
    WOS("wos"),
    /** Scopus EID. */
    SCOPUS("scopus"),
    /** DBLP record key: {@code journals/nature/WattsS98}. */
    DBLP("dblp");

    private static final Pattern DOI_PATTERN = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("([a-z\\-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    // Compiled once: String.replaceAll and its kin compile their pattern on every call, and every
    // identifier of every record and reference passes here.
    private static final Pattern DOI_TRAILING_PUNCTUATION = Pattern.compile("[.,;\\])}>]+$");
    private static final Pattern ARXIV_PREFIX = Pattern.compile("(?i)^(https?://arxiv\\.org/(abs|pdf)/|arxiv:\\s*)");
    private static final Pattern PDF_SUFFIX = Pattern.compile("\\.pdf$");
    private static final Pattern WOS_PREFIX = Pattern.compile("(?i)^(wos|isi):\\s*");
    private static final Pattern PMID_PREFIX = Pattern.compile("(?i)^pmid:\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The class of {@code Map.of(k, v)}: unmodifiable, one entry, so nothing to copy or order. */
    private static final Class<?> ONE_ENTRY = Map.of(0, 0).getClass();

    private final String prefix;

    IdScheme(String prefix) {
        this.prefix = prefix;
    }

    /** The short prefix used when an id is written as text: {@code doi:10.1/x}. */
    public String prefix() {
        return prefix;
    }

    /** The scheme whose {@link #prefix()} is {@code prefix}, if any. */
    public static Optional<IdScheme> ofPrefix(String prefix) {
        for (IdScheme scheme : values()) {
            if (scheme.prefix.equals(prefix)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /**
     * Brings a raw value to this scheme's canonical form, or empty when it is not a valid value.
     * Resolver prefixes ({@code https://doi.org/}, {@code arXiv:}, {@code https://openalex.org/})
     * and arXiv versions are removed; DOIs are lower-cased (they are case-insensitive).
     */
    public Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        switch (this) {
            case DOI: {
                Matcher m = DOI_PATTERN.matcher(value);
                if (!m.find()) {
                    return Optional.empty();
                }
                String doi = m.group(1).toLowerCase(Locale.ROOT);
                doi = DOI_TRAILING_PUNCTUATION.matcher(doi).replaceAll("");
                return Optional.of(doi);
            }
            case ARXIV: {
                String v = PDF_SUFFIX.matcher(ARXIV_PREFIX.matcher(value).replaceFirst("")).replaceFirst("");
                Matcher m = ARXIV_NEW.matcher(v);
                if (m.matches()) {
                    return Optional.of(m.group(1));
                }
                m = ARXIV_OLD.matcher(v);
                if (m.matches()) {
                    return Optional.of(m.group(1));
                }
                return Optional.empty();
            }
            case OPENALEX: {
                // The letter and digits that end the value ("https://openalex.org/W2741809807"),
                // read without a pattern: every reference of an OpenAlex work passes here.
                int digits = value.length();
                while (digits > 0 && value.charAt(digits - 1) >= '0' && value.charAt(digits - 1) <= '9') {
                    digits--;
                }
                if (digits == value.length() || digits == 0 || "WAwa".indexOf(value.charAt(digits - 1)) < 0) {
                    return Optional.empty();
                }
                String id = digits == 1 ? value : value.substring(digits - 1);
                return Optional.of(id.toUpperCase(Locale.ROOT));
            }
            case WOS: {
                // Web of Science writes its accession number as "WOS:000…", older exports "ISI:000…"
                // or the bare number; one form lets records from both match.
                String number = WOS_PREFIX.matcher(value).replaceFirst("").toUpperCase(Locale.ROOT);
                return number.isEmpty() ? Optional.empty() : Optional.of("WOS:" + number);
            }
            case PMID: {
                String digits = PMID_PREFIX.matcher(value).replaceFirst("");
                return DIGITS.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
            }
            default:
                return Optional.of(value);
        }
    }

    /**
     * An unmodifiable copy of identifiers that iterates in the order of this enum, the same in
     * every run ({@code Map.copyOf} iterates in an order that changes from one run to the next).
     * One identifier, the common case of a cited work, is held in a map of one entry, a fifth of
     * the memory of an enum map, its array and its views (32 bytes instead of about 150); more are
     * held in an {@link IdentifierMap}, two objects.
     */
    public static Map<IdScheme, String> orderedCopy(Map<IdScheme, String> ids) {
        if (ids.getClass() == ONE_ENTRY) {
            return ids; // already an unmodifiable map of one entry (every reference of an OpenAlex work)
        }
        if (ids.size() == 1) {
            Map.Entry<IdScheme, String> only = ids.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue());
        }
        return ids.isEmpty() ? Map.of() : ids instanceof IdentifierMap ? ids : new IdentifierMap(ids);
    }
}
