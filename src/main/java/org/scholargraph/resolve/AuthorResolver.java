package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scholargraph.model.Author;
import org.scholargraph.model.AuthorAmbiguity;
import org.scholargraph.model.AuthorMerge;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.RecordAuthor;

/**
 * Decides which record authors are the same person, after the rule-based scoring of Caron and van
 * Eck ("Large scale author name disambiguation using rule-based scoring and clustering", STI 2014):
 *
 * <ol>
 *   <li><b>Identifiers first.</b> An identifier a source gives (ORCID, OpenAlex, Scopus author id,
 *       DBLP person key, Semantic Scholar author id) is one person across sources, whatever the
 *       spelling; two different identifiers of one scheme are two persons, unless the user's
 *       thesaurus names them one (databases do split one researcher: {@link org.scholargraph.model.PersonIdScheme}).
 *       Two positions of one byline are two persons, unless the name is written the same way
 *       twice without identifiers that tell them apart.</li>
 *   <li><b>Blocks.</b> Every name is {@link PersonName parsed} into family and given names and put in
 *       the block of its family name and first initial; names are compared only within a block,
 *       so the work grows with the sizes of the blocks, not with the square of the corpus.</li>
 *   <li><b>Readings.</b> A name that may be read two ways ("Wei LI", "Zusa LA"; see
 *       {@link PersonName#readings}) is read with the family name the rest of the corpus writes
 *       without doubt, and the person is in the block of either reading.</li>
 *   <li><b>Evidence.</b> Two persons of a block whose given names are compatible ("I" fits
 *       "Igor", "J. R." fits "J. Rui", never "John" and "Jane") are one person when their
 *       evidence reaches {@value #MERGE_SCORE}: {@value #COAUTHOR_SCORE} per shared coauthor (by
 *       coauthor block, at most two), {@value #VENUE_SCORE} for a shared venue, {@value #KEYWORD_SCORE}
 *       per shared keyword (at most two), {@value #TITLE_WORDS_SCORE} for three shared title words of
 *       {@value #MIN_TITLE_WORD} letters or more that are rare in the corpus (in at most one title in
 *       {@value #RARE_TITLE_WORD_SHARE}, or in at most {@value #RARE_TITLE_WORD_MIN_RECORDS}),
 *       {@value #AUTHOR_PAGE_SCORE} for records of one author page (a list of one person's papers);
 *       and of the name itself: {@value #FULL_NAME_SCORE} for the same full first name (and
 *       {@value #UNIQUE_NAME_SCORE} more when it is the only full first name seen with the family
 *       name in the whole input, {@value #RARE_NAME_SCORE} when there are at most
 *       {@value #RARE_FAMILY_FIRST_NAMES}), {@value #SOLE_NAME_SCORE} when the family name is seen with
 *       one first initial only ("M. Heiner" where no other Heiner is written),
 *       {@value #INITIALS_SCORE} for the same two or more initials ({@value #MIDDLE_INITIALS_SCORE}
 *       when the full first names are the same too), and {@value #YEAR_SCORE} for
 *       years at most {@value #CLOSE_YEARS} apart.
 *       <p>A name alone is never enough, however rare: homonyms share it. A pair needs shared
 *       context (coauthor, venue, keyword, rare title words, author page), and a pair linked by
 *       the field only (venue, keywords, title words; no coauthor and no author page) needs a rare
 *       name, since namesakes of a common name meet in one field often enough.
 *       <p>Pairs are taken best first; a pair whose persons would bring two different full given
 *       names or two identifiers of one scheme together is skipped. Then the persons so joined are
 *       compared again with all their evidence, where a person grew, for at most
 *       {@value #MAX_ROUNDS} rounds. Names of a block that may be one person but lack the evidence
 *       are listed as ambiguities.</li>
 * </ol>
 * Candidate pairs come from shared evidence only (coauthor, venue, keyword, title word, full name), and a
 * feature shared by more than {@value #MAX_POSTINGS} forms of one block is not used to find pairs
 * (it would be no evidence anyway), which keeps resolution near-linear in the number of names.
 * Persons are numbered in the order they are first met, so ids repeat on the same input.
 */
final class AuthorResolver {

    static final double MERGE_SCORE = 4.5;
    static final double COAUTHOR_SCORE = 4.0;
    static final double VENUE_SCORE = 1.5;
    static final double KEYWORD_SCORE = 0.5;
    static final double FULL_NAME_SCORE = 3.0;
    static final double INITIALS_SCORE = 2.0;
    static final double MIDDLE_INITIALS_SCORE = 1.0;
    static final double RARE_NAME_SCORE = 0.5;
    static final double UNIQUE_NAME_SCORE = 1.5;
    static final double AUTHOR_PAGE_SCORE = 1.5;
    static final double SOLE_NAME_SCORE = 3.0;
    /** A family name seen with at most this many different full first names is a rare name. */
    static final int RARE_FAMILY_FIRST_NAMES = 2;
    static final double YEAR_SCORE = 0.5;
    static final double TITLE_WORDS_SCORE = 0.5;
    /** Title words shorter than this ("model", "based") are too common to be evidence. */
    static final int MIN_TITLE_WORD = 7;
    static final int CLOSE_YEARS = 5;
    /** A title word is evidence when it is in at most one title in this many (or this few titles). */
    static final int RARE_TITLE_WORD_SHARE = 100;
    static final int RARE_TITLE_WORD_MIN_RECORDS = 5;
    static final int MAX_POSTINGS = 200;
    /** Rounds of joining on the evidence of persons joined so far; each looks only where a person grew. */
    static final int MAX_ROUNDS = 4;

    /**
     * The persons found, for each record the person indices of its byline, the log, and for each
     * record the person of each author position as the record lists them (-1 for a name dropped).
     */
    record Resolution(List<Author> authors, List<List<Integer>> bylines, List<AuthorMerge> merges,
            List<AuthorAmbiguity> ambiguities, List<int[]> positions) {
    }

    /** One author position of one record. */
    private record Mention(int record, int position, RecordAuthor author, NameForm form) {

        PersonName name() {
            return form.readings().get(0);
        }

        String key() {
            return form.key();
        }
    }

    /**
     * A name as written, parsed once for all the positions that write it so: its readings, the
     * likeliest first (see {@link #run}), the blocks they put it in, the block of the first, and the
     * name as displayed ({@link AuthorNames#display}).
     */
    private record NameForm(List<PersonName> readings, List<String> blocks, String key, String display) {

        static NameForm of(String name, List<PersonName> readings) {
            List<String> blocks = new ArrayList<>(readings.size());
            for (PersonName reading : readings) {
                if (!reading.family().isEmpty() && !reading.given().isEmpty() && !blocks.contains(reading.blockKey())) {
                    blocks.add(reading.blockKey());
                }
            }
            return new NameForm(List.copyOf(readings), List.copyOf(blocks), readings.get(0).blockKey(), AuthorNames.display(name));
        }
    }

    /** The evidence a record gives each of its authors, folded once: venue, keywords, rare title words. */
    private record RecordEvidence(String venue, List<String> keywords, List<String> titleWords) {
    }

    private final List<BibRecord> records;
    private final List<Mention> mentions = new ArrayList<>();
    /** The mentions of record r are {@code recordStart[r] .. recordStart[r + 1]}: read in record order. */
    private int[] recordStart;
    private int[] parent;
    /** How each form (a root of the first pass) joined its person: rule, evidence, score. */
    private final Map<Integer, String[]> joinOfUnit = new HashMap<>();
    /** For each current root, the given names and identifiers of all its forms. */
    private final List<List<PersonName>> namesOfRoot = new ArrayList<>();
    private final List<Map<String, String>> idsOfRoot = new ArrayList<>();
    private final Map<String, Set<String>> firstNamesOfFamily = new HashMap<>();
    private final Map<String, Set<String>> initialsOfFamily = new HashMap<>();

    private final List<RecordEvidence> evidenceOfRecord = new ArrayList<>();

    private final NameThesaurus thesaurus;
    /** The name as the source wrote it, for mentions whose name the thesaurus replaced. */
    private final Map<Integer, String> writtenOfMention = new HashMap<>();
    private final Set<Integer> splitMentions = new HashSet<>();

    private AuthorResolver(List<BibRecord> records, NameThesaurus thesaurus) {
        this.records = records;
        this.thesaurus = thesaurus;
    }

    static Resolution resolve(List<BibRecord> records) {
        return resolve(records, NameThesaurus.none());
    }

    static Resolution resolve(List<BibRecord> records, NameThesaurus thesaurus) {
        return new AuthorResolver(records, thesaurus).run();
    }

    private Resolution run() {
        gatherRecordEvidence();
        // A name that may be read two ways is read with the family name the corpus writes elsewhere.
        Map<String, List<PersonName>> readingsOfWritten = new HashMap<>();
        Map<String, Integer> certainFamilies = new HashMap<>();
        for (BibRecord record : records) {
            for (RecordAuthor author : record.authors()) {
                List<PersonName> readings = readingsOfWritten.computeIfAbsent(thesaurus.apply(author.name()).orElse(""),
                        PersonName::readings);
                if (readings.size() == 1) {
                    certainFamilies.merge(readings.get(0).family(), 1, Integer::sum);
                }
            }
        }
        Map<String, NameForm> formOfWritten = new HashMap<>();
        recordStart = new int[records.size() + 1];
        for (int r = 0; r < records.size(); r++) {
            int position = -1;
            for (RecordAuthor written : records.get(r).authors()) {
                position++;
                // The user's thesaurus and split list come first, exactly as written.
                Optional<String> replaced = thesaurus.apply(written.name());
                if (replaced.isEmpty()) {
                    continue;
                }
                RecordAuthor author = replaced.get().equals(written.name()) ? written
                        : new RecordAuthor(replaced.get(), written.sourceId());
                NameForm form = formOfWritten.computeIfAbsent(author.name(), name -> {
                    List<PersonName> readings = new ArrayList<>(readingsOfWritten.computeIfAbsent(name, PersonName::readings));
                    readings.sort(Comparator.comparingInt((PersonName n) -> -certainFamilies.getOrDefault(n.family(), 0)));
                    return NameForm.of(name, readings);
                });
                if (form.readings().get(0).family().isEmpty() && author.sourceId().isEmpty()) {
                    continue;
                }
                if (author != written) {
                    writtenOfMention.put(mentions.size(), written.name());
                }
                if (thesaurus.isSplit(written.name())) {
                    splitMentions.add(mentions.size());
                }
                mentions.add(new Mention(r, position, author, form));
            }
            recordStart[r + 1] = mentions.size();
        }
        for (Mention mention : mentions) {
            if (!mention.name().given().isEmpty()) {
                initialsOfFamily.computeIfAbsent(mention.name().family(), k -> new HashSet<>())
                        .add(mention.name().firstInitial());
            }
            if (mention.name().hasFullFirstName()) {
                firstNamesOfFamily.computeIfAbsent(mention.name().family(), k -> new HashSet<>())
                        .add(mention.name().given().get(0));
            }
        }
        parent = new int[mentions.size()];
        for (int m = 0; m < parent.length; m++) {
            parent[m] = m;
            namesOfRoot.add(null);
            idsOfRoot.add(null);
        }
        // Pass 1: one identifier is one person, and one name written the same way twice in one
        // byline is one person. Every other mention starts as a person of its own: the same name on
        // two papers is one person only on evidence (homonyms are common: Wang W, Smith J).
        Map<String, Integer> firstWithId = new HashMap<>();
        // A name the thesaurus replaces others with is one person, as the user said.
        Set<String> thesaurusNames = new HashSet<>(thesaurus.replacements().values());
        Map<String, Integer> firstWithThesaurusName = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (thesaurusNames.contains(mention.author().name()) && !splitMentions.contains(m)) {
                // even against the sources' identifiers: the user knows the person
                Integer first = firstWithThesaurusName.putIfAbsent(mention.author().name(), m);
                if (first != null) {
                    parent[find(m)] = find(first);
                }
            }
            if (mention.author().sourceId().isPresent()) {
                Integer first = firstWithId.putIfAbsent(mention.author().sourceId().get(), m);
                if (first != null) {
                    parent[find(m)] = find(first);
                }
            }
        }
        for (int r = 0; r < records.size(); r++) {
            Map<String, Integer> seen = new HashMap<>();
            for (int m = recordStart[r]; m < recordStart[r + 1]; m++) {
                if (splitMentions.contains(m)) {
                    continue;
                }
                Integer same = seen.putIfAbsent(formKey(mentions.get(m)), m);
                // Mention by mention: the identifiers of whole persons are gathered only after this pass.
                if (same != null && find(same) != find(m) && compatibleIdsOfMentions(same, m)) {
                    union(same, m);
                }
            }
        }
        for (int m = 0; m < mentions.size(); m++) {
            int root = find(m);
            List<PersonName> names = namesOf(root);
            for (PersonName name : mentions.get(m).form().readings()) {
                if (!name.family().isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
            Map<String, String> ids = idsOf(root);
            mentions.get(m).author().sourceId().ifPresent(id -> ids.putIfAbsent(scheme(id), id));
        }
        unitOfMention = new int[mentions.size()];
        for (int m = 0; m < mentions.size(); m++) {
            unitOfMention[m] = find(m);
        }
        // Pass 2: within each block, join persons on evidence, best pairs first; then again with
        // the evidence of the persons so joined, in the blocks where a person grew, until none does.
        Set<Integer> grown = null;
        for (int round = 0; round < MAX_ROUNDS && (grown == null || !grown.isEmpty()); round++) {
            Blocks blocks = new Blocks();
            Set<Integer> grownNow = new HashSet<>();
            for (List<Integer> blockPersons : blocks.personsOfBlock.values()) {
                if (blockPersons.size() < 2 || grown != null && blockPersons.stream().noneMatch(grown::contains)
                        || allIdentifiedInOneScheme(blockPersons)) {
                    continue;
                }
                List<Pair> pairs = candidatePairs(blockPersons, blocks);
                pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score).thenComparingInt(p -> p.a).thenComparingInt(p -> p.b));
                for (Pair pair : pairs) {
                    if (pair.score < MERGE_SCORE) {
                        break;
                    }
                    int a = find(pair.a);
                    int b = find(pair.b);
                    if (a != b && compatibleNames(a, b) && compatibleIds(a, b)) {
                        int root = union(a, b);
                        int joined = root == a ? pair.b : pair.a;
                        joinOfUnit.putIfAbsent(joined, new String[] {"evidence", pair.evidence, Double.toString(pair.score)});
                        grownNow.add(root);
                    }
                }
            }
            grown = grownNow;
        }
        // Names of a block that may be one person but were kept apart.
        List<AuthorAmbiguity> ambiguities = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> block : new Blocks().personsOfBlock.entrySet()) {
            List<Integer> blockPersons = block.getValue();
            if (blockPersons.size() < 2 || allIdentifiedInOneScheme(blockPersons)) {
                continue; // one person, or persons whose identifiers tell them apart
            }
            Set<Integer> persons = new TreeSet<>();
            for (int x = 0; x < blockPersons.size(); x++) {
                for (int y = x + 1; y < blockPersons.size() && y < x + MAX_POSTINGS; y++) {
                    int a = blockPersons.get(x);
                    int b = blockPersons.get(y);
                    if (compatibleIds(a, b) && compatibleNames(a, b)) {
                        persons.add(a);
                        persons.add(b);
                    }
                }
            }
            if (!persons.isEmpty()) {
                ambiguities.add(new AuthorAmbiguity(block.getKey(), persons.stream().map(String::valueOf).toList(),
                        List.of(), "compatible names without evidence enough to merge (score below " + MERGE_SCORE + ")"));
            }
        }
        return result(ambiguities);
    }

    /**
     * Folds each record's venue, keywords and title once. Keywords and MeSH headings tell the
     * field; subject categories (publication types, check tags such as "Humans", broad subjects)
     * are too common to tell a person. A title word counts when it is rare in the corpus.
     */
    private void gatherRecordEvidence() {
        List<List<String>> longWordsOfRecord = new ArrayList<>(records.size());
        Map<String, Integer> titleWordRecords = new HashMap<>();
        for (BibRecord record : records) {
            List<String> longWords = new ArrayList<>();
            for (String word : TextFolding.fold(record.title()).split(" ")) {
                if (word.length() >= MIN_TITLE_WORD && !longWords.contains(word)) {
                    longWords.add(word);
                    titleWordRecords.merge(word, 1, Integer::sum);
                }
            }
            longWordsOfRecord.add(longWords);
        }
        int rare = Math.max(RARE_TITLE_WORD_MIN_RECORDS, records.size() / RARE_TITLE_WORD_SHARE);
        // Keywords and venues repeat over the records: each is folded once, and the records share
        // the folded text instead of holding a copy each until resolution ends.
        Map<String, String> folded = new HashMap<>();
        for (int r = 0; r < records.size(); r++) {
            BibRecord record = records.get(r);
            List<String> keywords = new ArrayList<>(record.keywords().size());
            for (String keyword : record.keywords()) {
                String k = folded.computeIfAbsent(keyword, TextFolding::fold);
                if (!k.isEmpty()) {
                    keywords.add(k);
                }
            }
            List<String> rareWords = longWordsOfRecord.get(r).stream().filter(w -> titleWordRecords.get(w) <= rare).toList();
            evidenceOfRecord.add(new RecordEvidence(folded.computeIfAbsent(record.venue(), TextFolding::fold), keywords,
                    rareWords));
        }
    }

    /**
     * The persons of each block (a person is in the block of each reading of each of its names),
     * and their evidence, gathered for a person when first asked for.
     */
    private final class Blocks {
        /**
         * The blocks that hold two persons or more, by key; each block's persons in order of the
         * first mention that puts them there. A block of one person has nobody to compare.
         */
        final Map<String, List<Integer>> personsOfBlock = new TreeMap<>();
        /** The mentions of each person, ascending: {@code mentionsOfPerson[start[p] .. start[p + 1])}. */
        private final int[] start;
        private final int[] mentionsOfPerson;
        private final Map<Integer, Unit> units = new HashMap<>();

        /**
         * On int arrays: a block's persons are found by ordering (block, mention) pairs by block,
         * counting, not by a set of persons per block; a corpus has hundreds of thousands of blocks.
         */
        Blocks() {
            int n = mentions.size();
            int[] rootOf = new int[n];
            start = new int[n + 1];
            for (int m = 0; m < n; m++) {
                rootOf[m] = find(m);
                start[rootOf[m] + 1]++;
            }
            for (int p = 0; p < n; p++) {
                start[p + 1] += start[p];
            }
            mentionsOfPerson = new int[n];
            int[] fill = Arrays.copyOf(start, n);
            for (int m = 0; m < n; m++) {
                mentionsOfPerson[fill[rootOf[m]]++] = m;
            }
            // Each mention's blocks, numbered in order of first appearance.
            Map<String, Integer> blockIds = new HashMap<>();
            List<String> blockKeys = new ArrayList<>();
            int[] pairBlock = new int[Math.max(16, n)];
            int[] pairMention = new int[pairBlock.length];
            int pairs = 0;
            for (int m = 0; m < n; m++) {
                if (!splitMentions.isEmpty() && splitMentions.contains(m)) {
                    continue;
                }
                for (String block : mentions.get(m).form().blocks()) {
                    Integer id = blockIds.putIfAbsent(block, blockKeys.size());
                    if (id == null) {
                        id = blockKeys.size();
                        blockKeys.add(block);
                    }
                    if (pairs == pairBlock.length) {
                        pairBlock = Arrays.copyOf(pairBlock, 2 * pairs);
                        pairMention = Arrays.copyOf(pairMention, 2 * pairs);
                    }
                    pairBlock[pairs] = id;
                    pairMention[pairs++] = m;
                }
            }
            // The pairs by block, each block's in mention order (a stable counting sort).
            int blockCount = blockKeys.size();
            int[] blockStart = new int[blockCount + 1];
            for (int i = 0; i < pairs; i++) {
                blockStart[pairBlock[i] + 1]++;
            }
            for (int b = 0; b < blockCount; b++) {
                blockStart[b + 1] += blockStart[b];
            }
            int[] byBlock = new int[pairs];
            int[] next = Arrays.copyOf(blockStart, blockCount);
            for (int i = 0; i < pairs; i++) {
                byBlock[next[pairBlock[i]]++] = pairMention[i];
            }
            int[] lastBlockOfPerson = new int[n];
            Arrays.fill(lastBlockOfPerson, -1);
            List<Integer> persons = new ArrayList<>();
            for (int b = 0; b < blockCount; b++) {
                for (int i = blockStart[b]; i < blockStart[b + 1]; i++) {
                    int root = rootOf[byBlock[i]];
                    if (lastBlockOfPerson[root] != b) {
                        lastBlockOfPerson[root] = b;
                        persons.add(root);
                    }
                }
                if (persons.size() >= 2) {
                    personsOfBlock.put(blockKeys.get(b), List.copyOf(persons));
                }
                persons.clear();
            }
        }

        Unit unit(int person) {
            return units.computeIfAbsent(person, root -> {
                Unit unit = new Unit(root);
                for (int i = start[root]; i < start[root + 1]; i++) {
                    unit.add(mentionsOfPerson[i]);
                }
                return unit;
            });
        }
    }

    private boolean compatibleIdsOfMentions(int a, int b) {
        Optional<String> x = mentions.get(a).author().sourceId();
        Optional<String> y = mentions.get(b).author().sourceId();
        return x.isEmpty() || y.isEmpty() || !scheme(x.get()).equals(scheme(y.get())) || x.equals(y);
    }

    private static String formKey(Mention mention) {
        return mention.key() + "|" + String.join(" ", mention.name().given());
    }

    private static String scheme(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }

    /** One name form: its mentions and the evidence around them. */
    private final class Unit {
        final int root;
        final Set<String> coauthors = new TreeSet<>();
        final Set<String> venues = new TreeSet<>();
        final Set<String> keywords = new TreeSet<>();
        final Set<String> fullNames = new TreeSet<>();
        final Set<String> initials = new TreeSet<>();
        final Set<String> families = new TreeSet<>();
        /** Author pages list one person's papers: the files of that format this form was read from. */
        final Set<String> authorPages = new TreeSet<>();
        final Set<String> titleWords = new TreeSet<>();
        final List<Integer> years = new ArrayList<>();
        /** The records this person is on: two positions of one byline are two coauthors. */
        final Set<Integer> onRecords = new HashSet<>();

        Unit(int root) {
            this.root = root;
        }

        void add(int m) {
            Mention mention = mentions.get(m);
            BibRecord record = records.get(mention.record());
            onRecords.add(mention.record());
            String own = mention.key();
            for (int other = recordStart[mention.record()]; other < recordStart[mention.record() + 1]; other++) {
                String key = mentions.get(other).key();
                if (other != m && !key.equals(own) && !mentions.get(other).name().family().isEmpty()) {
                    coauthors.add(key);
                }
            }
            RecordEvidence evidence = evidenceOfRecord.get(mention.record());
            if (!evidence.venue().isEmpty()) {
                venues.add(evidence.venue());
            }
            keywords.addAll(evidence.keywords());
            titleWords.addAll(evidence.titleWords());
            families.add(mention.name().family());
            if (record.format().equals("author-page")) {
                authorPages.add(record.source().file().toString());
            }
            if (mention.name().given().size() >= 2) {
                StringBuilder letters = new StringBuilder();
                mention.name().given().forEach(g -> letters.append(g.charAt(0)));
                initials.add(letters.toString());
            }
            if (mention.name().hasFullFirstName()) {
                fullNames.add(mention.name().given().get(0));
            }
            record.year().ifPresent(years::add);
        }
    }

    private record Pair(int a, int b, double score, String evidence) {
    }

    private List<Pair> candidatePairs(List<Integer> blockUnits, Blocks units) {
        Map<String, List<Integer>> postings = new LinkedHashMap<>();
        for (int root : blockUnits) {
            Unit unit = units.unit(root);
            unit.coauthors.forEach(c -> postings.computeIfAbsent("c " + c, k -> new ArrayList<>()).add(root));
            unit.venues.forEach(v -> postings.computeIfAbsent("v " + v, k -> new ArrayList<>()).add(root));
            unit.keywords.forEach(k -> postings.computeIfAbsent("k " + k, x -> new ArrayList<>()).add(root));
            unit.fullNames.forEach(n -> postings.computeIfAbsent("n " + n, x -> new ArrayList<>()).add(root));
            unit.titleWords.forEach(w -> postings.computeIfAbsent("t " + w, x -> new ArrayList<>()).add(root));
        }
        Set<Long> seen = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> posting : postings.values()) {
            if (posting.size() < 2 || posting.size() > MAX_POSTINGS) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int a = Math.min(posting.get(x), posting.get(y));
                    int b = Math.max(posting.get(x), posting.get(y));
                    if (seen.add(((long) a << 32) | b)) {
                        Pair pair = score(units.unit(a), units.unit(b));
                        if (pair != null) {
                            pairs.add(pair);
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private Pair score(Unit a, Unit b) {
        if (!compatibleIds(a.root, b.root) || !compatibleNames(a.root, b.root) || !Collections.disjoint(a.onRecords, b.onRecords)) {
            return null;
        }
        double score = 0;
        List<String> evidence = new ArrayList<>();
        List<String> sharedCoauthors = shared(a.coauthors, b.coauthors);
        if (!sharedCoauthors.isEmpty()) {
            score += COAUTHOR_SCORE * Math.min(2, sharedCoauthors.size());
            evidence.add("coauthors " + String.join(" ", sharedCoauthors.subList(0, Math.min(3, sharedCoauthors.size()))));
        }
        List<String> sharedVenues = shared(a.venues, b.venues);
        if (!sharedVenues.isEmpty()) {
            score += VENUE_SCORE;
            evidence.add("venue " + sharedVenues.get(0));
        }
        List<String> sharedKeywords = shared(a.keywords, b.keywords);
        if (!sharedKeywords.isEmpty()) {
            score += KEYWORD_SCORE * Math.min(2, sharedKeywords.size());
            evidence.add("keywords " + String.join(" ", sharedKeywords.subList(0, Math.min(2, sharedKeywords.size()))));
        }
        List<String> sharedWords = shared(a.titleWords, b.titleWords);
        if (sharedWords.size() >= 3) {
            score += TITLE_WORDS_SCORE;
            evidence.add("title words " + String.join(" ", sharedWords.subList(0, 3)));
        }
        List<String> sharedPages = shared(a.authorPages, b.authorPages);
        if (!sharedPages.isEmpty()) {
            score += AUTHOR_PAGE_SCORE;
            evidence.add("same author page");
        }
        double context = score;
        boolean sameFirstName = !shared(a.fullNames, b.fullNames).isEmpty();
        if (sameFirstName) {
            score += FULL_NAME_SCORE;
            evidence.add("same first name");
            if (a.families.stream().allMatch(f -> firstNamesOfFamily.getOrDefault(f, Set.of()).size() == 1)) {
                score += UNIQUE_NAME_SCORE;
                evidence.add("the only full name of its family name");
            } else if (a.families.stream().allMatch(f -> firstNamesOfFamily.getOrDefault(f, Set.of()).size() <= RARE_FAMILY_FIRST_NAMES)) {
                score += RARE_NAME_SCORE;
                evidence.add("rare name");
            }
        }
        if (!sameFirstName && soleName(a) && soleName(b)) {
            score += SOLE_NAME_SCORE;
            evidence.add("the only given name seen with its family name");
        }
        List<String> sharedInitials = shared(a.initials, b.initials);
        if (!sharedInitials.isEmpty() && !sameFirstName) {
            score += INITIALS_SCORE;
            evidence.add("same initials " + sharedInitials.get(0));
        } else if (!sharedInitials.isEmpty()) {
            score += MIDDLE_INITIALS_SCORE;
            evidence.add("same middle initials");
        }
        if (closeYears(a.years, b.years)) {
            score += YEAR_SCORE;
            evidence.add("close years");
        }
        // A name alone, however rare, is no evidence: homonyms share it. A field alone (venue,
        // keywords, title words) is evidence only for a rare name: namesakes of a common one meet
        // in one field often enough.
        boolean linked = !sharedCoauthors.isEmpty() || !sharedPages.isEmpty();
        if (context == 0 || !linked && !rareName(a) && !rareName(b)) {
            return null;
        }
        return new Pair(a.root, b.root, score, String.join("; ", evidence));
    }

    /**
     * Whether every family name of a person is seen in the corpus with one first initial and at
     * most one full first name: "M. Heiner" where no other Heiner is written.
     */
    private boolean soleName(Unit unit) {
        return unit.families.stream().allMatch(f -> initialsOfFamily.getOrDefault(f, Set.of()).size() == 1
                && firstNamesOfFamily.getOrDefault(f, Set.of()).size() <= 1);
    }

    /** Whether every family name of a person is seen with at most a few full first names in the corpus. */
    private boolean rareName(Unit unit) {
        return unit.families.stream()
                .allMatch(f -> firstNamesOfFamily.getOrDefault(f, Set.of()).size() <= RARE_FAMILY_FIRST_NAMES);
    }

    private static List<String> shared(Set<String> a, Set<String> b) {
        List<String> shared = new ArrayList<>();
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                shared.add(x);
            }
        }
        return shared;
    }

    private static boolean closeYears(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                if (Math.abs(x - y) <= CLOSE_YEARS) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean compatibleNames(int rootA, int rootB) {
        for (PersonName x : namesOf(rootA)) {
            for (PersonName y : namesOf(rootB)) {
                if (x.blockKey().equals(y.blockKey()) && !PersonName.givenCompatible(x.given(), y.given())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every person of a block has an identifier of one scheme: they are then all
     * different persons (one identifier is one person), and nothing in the block can be joined.
     */
    private boolean allIdentifiedInOneScheme(List<Integer> persons) {
        Set<String> schemes = new HashSet<>(idsOf(persons.get(0)).keySet());
        for (int i = 1; i < persons.size() && !schemes.isEmpty(); i++) {
            schemes.retainAll(idsOf(persons.get(i)).keySet());
        }
        return !schemes.isEmpty();
    }

    private boolean compatibleIds(int rootA, int rootB) {
        Map<String, String> a = idsOf(rootA);
        Map<String, String> b = idsOf(rootB);
        for (Map.Entry<String, String> id : a.entrySet()) {
            String other = b.get(id.getKey());
            if (other != null && !other.equals(id.getValue())) {
                return false;
            }
        }
        return true;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins two persons; the smaller root wins and takes the other's names and identifiers. */
    private int union(int x, int y) {
        int a = find(x);
        int b = find(y);
        if (a == b) {
            return a;
        }
        int root = Math.min(a, b);
        int child = Math.max(a, b);
        parent[child] = root;
        List<PersonName> names = namesOf(root);
        for (PersonName name : namesOf(child)) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        Map<String, String> ids = idsOf(root);
        idsOf(child).forEach(ids::putIfAbsent);
        return root;
    }

    /** The names of the person whose root is {@code root}, made empty when it has none yet. */
    private List<PersonName> namesOf(int root) {
        List<PersonName> names = namesOfRoot.get(root);
        if (names == null) {
            names = new ArrayList<>(2);
            namesOfRoot.set(root, names);
        }
        return names;
    }

    /** The identifiers, by scheme, of the person whose root is {@code root}. */
    private Map<String, String> idsOf(int root) {
        Map<String, String> ids = idsOfRoot.get(root);
        if (ids == null) {
            ids = new TreeMap<>();
            idsOfRoot.set(root, ids);
        }
        return ids;
    }

    private Resolution result(List<AuthorAmbiguity> rawAmbiguities) {
        // Number persons by first appearance in reading order.
        int[] indexOfRoot = new int[mentions.size()];
        java.util.Arrays.fill(indexOfRoot, -1);
        int personCount = 0;
        List<Integer> boxed = new ArrayList<>(); // one box per person, shared by all of their bylines
        List<List<Integer>> bylines = new ArrayList<>(records.size());
        int[] personOfMention = new int[mentions.size()];
        for (int r = 0; r < records.size(); r++) {
            List<Integer> byline = new ArrayList<>(recordStart[r + 1] - recordStart[r]);
            for (int m = recordStart[r]; m < recordStart[r + 1]; m++) {
                int root = find(m);
                if (indexOfRoot[root] < 0) {
                    indexOfRoot[root] = personCount++;
                    boxed.add(indexOfRoot[root]);
                }
                personOfMention[m] = indexOfRoot[root];
                Integer index = boxed.get(indexOfRoot[root]);
                if (!byline.contains(index)) {
                    byline.add(index);
                }
            }
            bylines.add(byline);
        }
        // Each person's mentions in reading order (a counting sort), so that their spellings are
        // gathered one person at a time instead of in a set of maps per person held all at once.
        int[] mentionStart = new int[personCount + 1];
        for (int person : personOfMention) {
            mentionStart[person + 1]++;
        }
        for (int i = 0; i < personCount; i++) {
            mentionStart[i + 1] += mentionStart[i];
        }
        int[] mentionsByPerson = new int[mentions.size()];
        int[] filled = java.util.Arrays.copyOf(mentionStart, personCount);
        for (int m = 0; m < mentions.size(); m++) {
            mentionsByPerson[filled[personOfMention[m]]++] = m;
        }
        List<Author> authors = new ArrayList<>(personCount);
        List<AuthorMerge> merges = new ArrayList<>();
        for (int i = 0; i < personCount; i++) {
            Variants v = new Variants();
            for (int k = mentionStart[i]; k < mentionStart[i + 1]; k++) {
                int m = mentionsByPerson[k];
                Mention mention = mentions.get(m);
                RecordAuthor author = mention.author();
                // (without a thesaurus, no mention was replaced: nothing to look up, and no box per mention)
                String written = writtenOfMention.isEmpty() ? author.name() : writtenOfMention.getOrDefault(m, author.name());
                v.add(author, mention.form().display(), written, m);
            }
            String id = Author.idOf(i);
            authors.add(new Author(i, id, v.displayName(), List.copyOf(v.ids), List.copyOf(v.forms.keySet())));
            boolean first = true;
            for (Map.Entry<String, Integer> form : v.forms.entrySet()) {
                int m = v.firstMention.get(form.getKey());
                String[] join = joinOfUnit.get(unitOf(m));
                Mention mention = mentions.get(m);
                if (writtenOfMention.containsKey(m)) {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), "thesaurus",
                            "replaced by " + mention.author().name(), 0));
                } else if (splitMentions.contains(m)) {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), "split", "kept apart by the split list", 0));
                } else if (first) {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), "name", "", 0));
                } else if (mention.author().sourceId().isPresent() && v.ids.size() > 0 && join == null) {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), "identifier", mention.author().sourceId().get(), 0));
                } else if (join != null) {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), join[0], join[1], Double.parseDouble(join[2])));
                } else {
                    merges.add(new AuthorMerge(id, form.getKey(), form.getValue(), "name", "same name", 0));
                }
                first = false;
            }
        }
        List<AuthorAmbiguity> ambiguities = new ArrayList<>();
        for (AuthorAmbiguity raw : rawAmbiguities) {
            Set<Integer> indices = new TreeSet<>();
            for (String root : raw.authorIds()) {
                int index = indexOfRoot[find(Integer.parseInt(root))];
                if (index >= 0) {
                    indices.add(index);
                }
            }
            if (indices.size() > 1) {
                ambiguities.add(new AuthorAmbiguity(raw.block(), indices.stream().map(Author::idOf).toList(),
                        indices.stream().map(p -> authors.get(p).name()).toList(), raw.reason()));
            }
        }
        List<int[]> positions = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            int[] persons = new int[records.get(r).authors().size()];
            java.util.Arrays.fill(persons, -1);
            for (int m = recordStart[r]; m < recordStart[r + 1]; m++) {
                persons[mentions.get(m).position()] = personOfMention[m];
            }
            positions.add(persons);
        }
        return new Resolution(authors, bylines, merges, ambiguities, positions);
    }

    /** The first-pass person of each mention: the mention that first had its identifier, or itself. */
    private int[] unitOfMention;

    private int unitOf(int m) {
        return unitOfMention[m];
    }

    /** The spellings one person was seen under. */
    private static final class Variants {
        private final Map<String, Integer> forms = new LinkedHashMap<>();
        private final Map<String, Integer> firstMention = new HashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Set<String> ids = new TreeSet<>();

        void add(RecordAuthor author, String display, String written, int m) {
            counts.merge(display, 1, Integer::sum);
            forms.merge(written, 1, Integer::sum);
            firstMention.putIfAbsent(written, m);
            author.sourceId().ifPresent(ids::add);
        }

        /** The fullest spelling: most letters, then most frequent, then first seen. */
        String displayName() {
            String best = null;
            int bestLetters = -1;
            int bestCount = -1;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                int letters = (int) entry.getKey().chars().filter(Character::isLetter).count();
                int nonAscii = (int) entry.getKey().chars().filter(c -> c > 127).count();
                int score = letters * 2 + (nonAscii > 0 ? 1 : 0);
                if (score > bestLetters || (score == bestLetters && entry.getValue() > bestCount)) {
                    best = entry.getKey();
                    bestLetters = score;
                    bestCount = entry.getValue();
                }
            }
            return best;
        }
    }
}
