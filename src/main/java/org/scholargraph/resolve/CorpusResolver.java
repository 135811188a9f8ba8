package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.scholargraph.model.Author;
import org.scholargraph.model.AuthorAmbiguity;
import org.scholargraph.model.AuthorMerge;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperMerge;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Reference;
import org.scholargraph.model.ResolutionLog;
import org.scholargraph.resolve.keyword.KeywordVocabulary;

/**
 * Turns the records of a run into a corpus: one paper per real paper, one author per person,
 * references resolved to the papers they cite, keywords on every paper.
 *
 * <p>Which records are one paper is {@link PaperGrouping}'s decision (shared identifiers, title and
 * year with agreeing authors and venue, near-identical abstracts, versions), which person a name
 * is {@link AuthorResolver}'s. Merged fields keep the richest value: the longest abstract and
 * venue, the byline with the most authors, the commonest year, and the union of identifiers,
 * keywords and references; a paper of several versions takes its identifiers from the published
 * one first and lists every version's. Papers and authors are numbered in reading order, so ids
 * repeat on the same input; every merge is logged with its evidence in
 * {@link Corpus#resolution()}.
 */
public final class CorpusResolver {

    /** Folded titles shorter than this ("Introduction", "Editorial") never merge papers by title alone. */
    static final int MIN_TITLE_KEY_LENGTH = PaperGrouping.MIN_TITLE_KEY_LENGTH;

    private CorpusResolver() {
    }

    /** Resolves records, given in reading order, into a corpus with the default options. */
    public static Corpus resolve(List<BibRecord> records) {
        return resolve(records, ResolutionOptions.defaults());
    }

    /** Resolves records, given in reading order, into a corpus. */
    public static Corpus resolve(List<BibRecord> records, ResolutionOptions options) {
        return resolve(records, options, 1);
    }

    /**
     * Resolves records, given in reading order, into a corpus, on up to {@code threads} threads: with
     * more than one, the persons are resolved on a thread of their own while the papers are grouped,
     * the two reading the records only. The corpus is the same on any number of threads.
     */
    public static Corpus resolve(List<BibRecord> records, ResolutionOptions options, int threads) {
        FutureTask<AuthorResolver.Resolution> persons =
                new FutureTask<>(() -> AuthorResolver.resolve(records, options.thesaurus()));
        if (threads > 1) {
            Thread thread = new Thread(persons, "scholargraph-resolve-persons");
            thread.setDaemon(true);
            thread.start();
        } else {
            persons.run();
        }
        // The papers are grouped, merged, given their keywords and matched to their references
        // while the persons are resolved; only the bylines, and the first authors that text
        // references are matched by, wait for the persons.
        PaperGrouping.Result grouping = PaperGrouping.group(records, options.keepVersions());
        List<List<Integer>> groups = grouping.groups();
        List<Paper> unresolved = new ArrayList<>(groups.size());
        int[] paperOfRecord = new int[records.size()];
        KeywordVocabulary keywords;
        // Papers read from the same formats share one list of them.
        Map<List<String>, List<String>> formatLists = new HashMap<>();
        try (KeywordExtractor extractor = new KeywordExtractor()) {
            for (int p = 0; p < groups.size(); p++) {
                unresolved.add(merge(p, groups.get(p), grouping.versions().get(p), records, extractor, formatLists));
                for (int r : groups.get(p)) {
                    paperOfRecord[r] = p;
                }
            }
            keywords = extractor.vocabulary(unresolved, options.thesaurus());
        }
        unresolved = keywords.papers();
        PaperBylines bylines = new PaperBylines(persons, groups);
        List<Paper> papers = new ReferenceMatcher(unresolved, bylines::firstAuthorNames).withCitations();
        List<PaperGrouping.Join> joins = new ArrayList<>(grouping.joins());
        joins.sort(Comparator.comparingInt(join -> paperOfRecord[join.record()]));
        List<PaperMerge> paperMerges = new ArrayList<>();
        for (PaperGrouping.Join join : joins) {
            paperMerges.add(new PaperMerge(papers.get(paperOfRecord[join.record()]).id(), records.get(join.record()).source(),
                    records.get(join.matched()).source(), join.rule(), join.evidence()));
        }
        return withBylineAuthorsOnly(papers, bylines.ofPapers(), bylines.people(), paperMerges, keywords.variants());
    }

    /**
     * The persons of each paper's byline, once the persons are resolved: of a paper's records, the
     * first whose byline names the most persons.
     */
    private static final class PaperBylines {
        private final FutureTask<AuthorResolver.Resolution> persons;
        private final List<List<Integer>> groups;
        private List<List<Integer>> ofPapers;

        PaperBylines(FutureTask<AuthorResolver.Resolution> persons, List<List<Integer>> groups) {
            this.persons = persons;
            this.groups = groups;
        }

        /** The persons resolved, waiting for them (the task keeps its result). */
        AuthorResolver.Resolution people() {
            return resultOf(persons);
        }

        List<List<Integer>> ofPapers() {
            if (ofPapers == null) {
                List<List<Integer>> ofRecords = people().bylines();
                ofPapers = new ArrayList<>(groups.size());
                for (List<Integer> group : groups) {
                    List<Integer> byline = List.of();
                    for (int r : group) {
                        if (ofRecords.get(r).size() > byline.size()) {
                            byline = ofRecords.get(r);
                        }
                    }
                    ofPapers.add(byline);
                }
            }
            return ofPapers;
        }

        /** The first author's name of every paper, empty for a paper without authors. */
        List<String> firstAuthorNames() {
            List<Author> authors = people().authors();
            return ofPapers().stream().map(byline -> byline.isEmpty() ? "" : authors.get(byline.get(0)).name()).toList();
        }
    }

    /** The persons resolved, waiting for them; what went wrong on their thread is thrown as itself. */
    private static AuthorResolver.Resolution resultOf(FutureTask<AuthorResolver.Resolution> persons) {
        try {
            return persons.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            persons.cancel(true);
            throw new IllegalStateException("interrupted while resolving the persons", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Keeps only the persons who are on some paper's chosen byline (a person seen only in a
     * record whose byline lost to a fuller one is not an author of the corpus) and numbers them
     * again in reading order.
     */
    private static Corpus withBylineAuthorsOnly(List<Paper> papers, List<List<Integer>> bylines,
            AuthorResolver.Resolution people, List<PaperMerge> paperMerges, Map<String, List<String>> keywordVariants) {
        List<Author> persons = people.authors();
        int[] newIndex = new int[persons.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<Author> authors = new ArrayList<>();
        for (List<Integer> byline : bylines) {
            for (int a : byline) {
                if (newIndex[a] < 0) {
                    newIndex[a] = authors.size();
                    Author person = persons.get(a);
                    authors.add(new Author(authors.size(), Author.idOf(authors.size()), person.name(), person.sourceIds(),
                            person.nameForms()));
                }
            }
        }
        // One boxed index per author, shared by all of their bylines: a corpus has several
        // authorships per author, and a box each would be millions of objects.
        Integer[] boxed = new Integer[authors.size()];
        for (int a = 0; a < boxed.length; a++) {
            boxed[a] = a;
        }
        List<Paper> renumbered = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            renumbered.add(p.withAuthors(bylines.get(p.index()).stream().map(a -> boxed[newIndex[a]]).toList()));
        }
        // The log speaks of the persons kept, by their new ids.
        java.util.Map<String, Author> kept = new java.util.HashMap<>();
        for (int a = 0; a < persons.size(); a++) {
            if (newIndex[a] >= 0) {
                kept.put(persons.get(a).id(), authors.get(newIndex[a]));
            }
        }
        List<AuthorMerge> authorMerges = new ArrayList<>();
        for (AuthorMerge m : people.merges()) {
            Author author = kept.get(m.authorId());
            if (author != null) {
                authorMerges.add(new AuthorMerge(author.id(), m.variant(), m.mentions(), m.rule(), m.evidence(), m.score()));
            }
        }
        authorMerges.sort(Comparator.comparingInt(m -> Integer.parseInt(m.authorId().substring(1))));
        List<AuthorAmbiguity> ambiguities = new ArrayList<>();
        for (AuthorAmbiguity a : people.ambiguities()) {
            List<Author> still = a.authorIds().stream().map(kept::get).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(Author::index)).toList();
            if (still.size() > 1) {
                ambiguities.add(new AuthorAmbiguity(a.block(), still.stream().map(Author::id).toList(),
                        still.stream().map(Author::name).toList(), a.reason()));
            }
        }
        return new Corpus(renumbered, authors, keywordVariants, new ResolutionLog(paperMerges, authorMerges, ambiguities));
    }

    /** The paper of a group of records, without its byline (see {@link PaperBylines}). */
    private static Paper merge(int index, List<Integer> group, List<List<Integer>> versionGroups, List<BibRecord> records,
            KeywordExtractor keywordExtractor, Map<List<String>, List<String>> formatLists) {
        String title = "";
        String venue = "";
        String volume = "";
        String pages = "";
        String abstractText = "";
        Map<IdScheme, String> ids = new TreeMap<>();
        Map<Integer, Integer> yearVotes = new TreeMap<>();
        List<String> ownKeywords = new ArrayList<>();
        List<String> subjectCategories = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<Provenance> sources = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        for (int r : group) {
            BibRecord record = records.get(r);
            if (title.isEmpty()) {
                title = record.title();
            }
            venue = longer(venue, record.venue());
            volume = volume.isEmpty() ? record.volume() : volume;
            pages = pages.isEmpty() ? record.pages() : pages;
            abstractText = longer(abstractText, record.abstractText());
            record.ids().forEach(ids::putIfAbsent);
            record.year().ifPresent(y -> yearVotes.merge(y, 1, Integer::sum));
            ownKeywords.addAll(record.keywords());
            references.addAll(record.references());
            sources.add(record.source());
            formats.add(record.format());
            subjectCategories.addAll(record.subjectCategories());
        }
        List<String> keywords = keywordExtractor.keywords(ownKeywords, title, abstractText);
        List<String> versions = new ArrayList<>();
        if (versionGroups.size() > 1) {
            for (List<Integer> version : versionGroups) {
                Map<IdScheme, String> versionIds = new TreeMap<>();
                version.forEach(r -> records.get(r).ids().forEach(versionIds::putIfAbsent));
                versions.add(versionIds.entrySet().stream().map(e -> e.getKey().prefix() + ":" + e.getValue())
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
        }
        return new Paper(index, Paper.idOf(index), title, commonestYear(yearVotes), venue,
                volume, pages, abstractText, ids, List.of(), keywords, distinct(references), List.of(), sources,
                formatLists.computeIfAbsent(List.copyOf(formats), f -> f), distinct(subjectCategories), versions);
    }

    /** Lists longer than this drop their repeats through a hash set rather than by comparing pairs of equal hash. */
    private static final int PAIRWISE_DISTINCT_LIMIT = 64;

    /**
     * The values without repeats, each where it first occurs. A paper's few dozen references at most
     * are compared in pairs of equal hash instead of passing through a hash set: a million papers cite
     * 8.8 million references, and the set's entries were a tenth of resolving them.
     */
    static <T> List<T> distinct(List<T> values) {
        int n = values.size();
        if (n > PAIRWISE_DISTINCT_LIMIT) {
            return List.copyOf(new LinkedHashSet<>(values));
        }
        int[] hashes = new int[n];
        boolean[] repeated = null;
        for (int i = 0; i < n; i++) {
            T value = values.get(i);
            hashes[i] = value.hashCode();
            for (int j = 0; j < i; j++) {
                if (hashes[j] == hashes[i] && values.get(j).equals(value)) {
                    if (repeated == null) {
                        repeated = new boolean[n];
                    }
                    repeated[i] = true;
                    break;
                }
            }
        }
        if (repeated == null) {
            return List.copyOf(values);
        }
        List<T> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!repeated[i]) {
                kept.add(values.get(i));
            }
        }
        return List.copyOf(kept);
    }

    private static OptionalInt commonestYear(Map<Integer, Integer> votes) {
        Optional<Map.Entry<Integer, Integer>> best = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
        return best.map(e -> year(e.getKey())).orElse(OptionalInt.empty());
    }

    /** One {@code OptionalInt} per year from 0 to 2199, shared by the papers of that year: a million papers have a few hundred years. */
    private static final OptionalInt[] YEARS = java.util.stream.IntStream.range(0, 2200)
            .mapToObj(OptionalInt::of).toArray(OptionalInt[]::new);

    private static OptionalInt year(int year) {
        return year >= 0 && year < YEARS.length ? YEARS[year] : OptionalInt.of(year);
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
