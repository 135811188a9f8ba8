package org.scholargraph.ingest.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bounded memory that {@code crossref} needs while the reader streams one file.
 *
 * <p>BibTeX wants a crossref target after the entries that cite it (an {@code @inproceedings} with
 * {@code crossref = {conf2019}} comes before {@code @proceedings{conf2019, …}}), so an entry with a
 * crossref waits here until its target arrives; a target that arrives first is remembered, but
 * only when it can be one: a container type ({@code @proceedings}, {@code @book},
 * {@code @collection}, …) or an entry that waiting entries name. Both maps are bounded
 * ({@link #LIMIT} entries each, oldest first out): an entry pushed out of the waiting map, or still
 * waiting at the end of the file, is read without inheritance, as BibTeX does when a target is
 * missing. Keys compare ignoring case, as in BibTeX.
 *
 * <p>What a child inherits: every field it lacks, except those that belong to the target alone
 * (its title, identifiers, URL, abstract, keywords, references, pages); the target's title becomes
 * the child's {@code booktitle} when the target has none (biblatex's mapping), so that the
 * proceedings' title is the paper's venue.
 */
final class CrossrefTargets {

    /** How many waiting entries, and how many remembered targets, are kept at most. */
    static final int LIMIT = 10_000;

    private static final Set<String> CONTAINER_TYPES = Set.of("proceedings", "book", "collection", "mvbook",
            "mvproceedings", "mvcollection", "periodical", "reference", "mvreference", "booklet");

    private static final Set<String> NOT_INHERITED = Set.of("title", "crossref", "doi", "eprint", "archiveprefix",
            "eprinttype", "arxivid", "arxiv", "pmid", "pubmed_id", "pubmed", "url", "abstract", "keywords",
            "author_keywords", "keywords-plus", "references", "cited-references", "unique-id", "eid", "art_number",
            "pages", "ids", "isbn", "note", "file");

    private final Map<String, List<BibtexEntry>> waiting = new LinkedHashMap<>();
    private int waitingCount;
    private final Map<String, Map<String, String>> targets = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > LIMIT;
        }
    };

    /** The fields a child of this target inherits, when the target is remembered. */
    Optional<Map<String, String>> inheritedFrom(String targetKey) {
        return Optional.ofNullable(targets.get(targetKey.toLowerCase(Locale.ROOT)));
    }

    /**
     * Takes note of an entry as a possible target: remembers it when it can be one, and returns the
     * entries that were waiting for it, with their inherited fields filled in.
     */
    List<BibtexEntry> arrived(BibtexEntry entry) {
        String key = entry.key().toLowerCase(Locale.ROOT);
        List<BibtexEntry> children = waiting.remove(key);
        if (children == null && !CONTAINER_TYPES.contains(entry.type())) {
            return List.of();
        }
        Map<String, String> inherited = inheritable(entry);
        targets.put(key, inherited);
        if (children == null) {
            return List.of();
        }
        waitingCount -= children.size();
        List<BibtexEntry> resolved = new ArrayList<>();
        for (BibtexEntry child : children) {
            resolved.add(child.inheriting(inherited));
        }
        return resolved;
    }

    /**
     * Makes an entry wait for its target. Returns the entry pushed out to keep the bound, if any,
     * which the reader then reads without inheritance.
     */
    Optional<BibtexEntry> await(String targetKey, BibtexEntry entry) {
        waiting.computeIfAbsent(targetKey.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        waitingCount++;
        if (waitingCount <= LIMIT) {
            return Optional.empty();
        }
        var eldest = waiting.entrySet().iterator().next();
        List<BibtexEntry> list = eldest.getValue();
        BibtexEntry pushedOut = list.remove(0);
        if (list.isEmpty()) {
            waiting.remove(eldest.getKey());
        }
        waitingCount--;
        return Optional.of(pushedOut);
    }

    /** The entries still waiting at the end of the file (their targets never came), in arrival order per target. */
    List<BibtexEntry> orphans() {
        List<BibtexEntry> orphans = new ArrayList<>();
        waiting.values().forEach(orphans::addAll);
        waiting.clear();
        waitingCount = 0;
        orphans.sort(java.util.Comparator.comparingLong(BibtexEntry::line));
        return orphans;
    }

    private static Map<String, String> inheritable(BibtexEntry target) {
        Map<String, String> fields = new LinkedHashMap<>();
        target.fields().forEach((name, value) -> {
            if (!NOT_INHERITED.contains(name)) {
                fields.put(name, value);
            }
        });
        if (!fields.containsKey("booktitle") && target.fields().containsKey("title")) {
            fields.put("booktitle", target.fields().get("title"));
        }
        return fields;
    }
}
