package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;

/**
 * Decides which records are one paper, and says why for each record it joins.
 *
 * <p>The rules, in the order they are tried:
 * <ol>
 *   <li><b>identifier</b>: records sharing an identifier (DOI, arXiv, OpenAlex, PubMed, Web of
 *       Science, Scopus, Semantic Scholar, DBLP) whose titles share at least half of their words;</li>
 *   <li><b>title_year</b>: equal folded titles (16 characters or more) of the same year whose first
 *       authors have the same family name, and whose venues, volumes and first pages agree where both
 *       records give them;</li>
 *   <li><b>title</b>: a record without year joins the one paper of its title, on the same checks;</li>
 *   <li><b>abstract</b>: a record without title joins the paper whose abstract is near-identical.</li>
 * </ol>
 * No rule ever joins two records that carry different identifiers of one scheme: two DOIs, two
 * PubMed ids, two Scopus EIDs mean two works, however alike their titles (a guideline co-published in
 * two journals, the volumes of one proceedings series, a book and its introduction).
 *
 * <p><b>Versions.</b> A preprint (arXiv, bioRxiv, medRxiv, SSRN and other preprint servers, known
 * by DOI prefix, venue or an arXiv id without DOI) and its published version carry different
 * identifiers, yet are one paper for a coauthorship network. They are merged as versions when a
 * source links them (one record carries an identifier of the other: arXiv's {@code doi}, a Semantic
 * Scholar record with both ids) or when their titles are equal, their first authors share a family
 * name and their years are at most {@value #VERSION_YEARS} apart. A paper holds at most one published
 * version. With {@code keepVersions} they stay apart.
 */
final class PaperGrouping {

    /** Folded titles shorter than this ("Introduction", "Editorial") never merge papers by title alone. */
    static final int MIN_TITLE_KEY_LENGTH = 16;
    /** The most years between a preprint and its published version. */
    static final int VERSION_YEARS = 2;

    private static final Pattern PREPRINT_VENUE = Pattern.compile(
            "(?i)\\b(arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|ssrn|preprints?|research square|osf)\\b");
    /** DOI prefixes of preprint servers: arXiv, bioRxiv/medRxiv, SSRN, OSF, Research Square, Preprints.org, JMIR, ChemRxiv, PsyArXiv. */
    private static final List<String> PREPRINT_DOI_PREFIXES = List.of("10.48550/", "10.1101/", "10.2139/ssrn",
            "10.31219/", "10.21203/", "10.20944/", "10.2196/preprints", "10.26434/chemrxiv", "10.31234/");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]");

    /** One record joined to another's paper. */
    record Join(int record, int matched, String rule, String evidence) {
    }

    /**
     * The papers found.
     *
     * @param groups record indices of each paper, ordered by their first record
     * @param versions for each paper, its versions as groups of record indices (one group for a paper
     *     of one version)
     * @param joins every record joined to another's paper, in the order the rules joined them
     */
    record Result(List<List<Integer>> groups, List<List<List<Integer>>> versions, List<Join> joins) {
    }

    private final List<BibRecord> records;
    private final List<String> titleKeys;
    private final int[] parent;
    private final List<Map<IdScheme, String>> idsOfRoot;
    private final List<Join> joins = new ArrayList<>();

    private PaperGrouping(List<BibRecord> records) {
        this.records = records;
        int n = records.size();
        titleKeys = new ArrayList<>(n);
        parent = new int[n];
        idsOfRoot = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            titleKeys.add(TextFolding.fold(records.get(i).title()));
            idsOfRoot.add(records.get(i).ids().isEmpty() ? Map.of() : new EnumMap<>(records.get(i).ids()));
        }
        // An identifier that a record shares with an earlier record of another title is that
        // record's mistake (a reading list citing a paper under its neighbour's arXiv id): it
        // neither joins nor keeps apart.
        List<Map<String, Integer>> firstWithId = recordsById();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<IdScheme, String> id : records.get(i).ids().entrySet()) {
                Integer first = firstWithId.get(id.getKey().ordinal()).putIfAbsent(id.getValue(), i);
                if (first != null && !titlesAgree(titleKeys.get(first), titleKeys.get(i))) {
                    idsOfRoot.get(i).remove(id.getKey());
                }
            }
        }
    }

    /** An empty map from identifier to record for each scheme, by the scheme's ordinal. */
    private static List<Map<String, Integer>> recordsById() {
        List<Map<String, Integer>> maps = new ArrayList<>();
        for (int s = 0; s < IdScheme.values().length; s++) {
            maps.add(new HashMap<>());
        }
        return maps;
    }

    /** Groups records into papers; versions merge unless {@code keepVersions}. */
    static Result group(List<BibRecord> records, boolean keepVersions) {
        PaperGrouping grouping = new PaperGrouping(records);
        List<int[]> linkedByIdentifier = grouping.joinByIdentifier();
        grouping.joinByTitle();
        grouping.joinByAbstract();
        return grouping.result(keepVersions ? List.of() : linkedByIdentifier, keepVersions);
    }

    /** Returns the pairs of records that share an identifier but were kept apart by another. */
    private List<int[]> joinByIdentifier() {
        List<int[]> refused = new ArrayList<>();
        List<Map<String, Integer>> firstWithId = recordsById();
        for (int i = 0; i < records.size(); i++) {
            for (Map.Entry<IdScheme, String> id : records.get(i).ids().entrySet()) { // a record's ids are in scheme order
                Integer first = firstWithId.get(id.getKey().ordinal()).putIfAbsent(id.getValue(), i);
                if (first != null && titlesAgree(titleKeys.get(first), titleKeys.get(i))) {
                    if (!join(first, i, "identifier", id.getKey().prefix() + ":" + id.getValue())) {
                        refused.add(new int[] {first, i});
                    }
                }
            }
        }
        return refused;
    }

    private void joinByTitle() {
        Map<String, List<Integer>> papersOfTitleYear = new HashMap<>();
        Map<String, List<Integer>> datedOfTitle = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String title = titleKeys.get(i);
            if (title.length() < MIN_TITLE_KEY_LENGTH || records.get(i).year().isEmpty()) {
                continue;
            }
            datedOfTitle.computeIfAbsent(title, t -> new ArrayList<>()).add(i);
            List<Integer> earlier = papersOfTitleYear.computeIfAbsent(title + "|" + records.get(i).year().getAsInt(),
                    k -> new ArrayList<>());
            if (!joinFirstCompatible(earlier, i, "title_year")) {
                earlier.add(i);
            }
        }
        Map<String, List<Integer>> undated = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String title = titleKeys.get(i);
            if (title.length() < MIN_TITLE_KEY_LENGTH || records.get(i).year().isPresent()) {
                continue;
            }
            List<Integer> dated = datedOfTitle.getOrDefault(title, List.of());
            List<Integer> papers = new ArrayList<>();
            for (int r : dated) {
                if (papers.stream().noneMatch(p -> find(p) == find(r))) {
                    papers.add(r);
                }
            }
            if (papers.size() == 1) {
                joinFirstCompatible(papers, i, "title");
            } else if (papers.isEmpty()) {
                List<Integer> earlier = undated.computeIfAbsent(title, t -> new ArrayList<>());
                if (!joinFirstCompatible(earlier, i, "title")) {
                    earlier.add(i);
                }
            }
            // a title of papers in several years: the record cannot say which, and stays apart
        }
    }

    private boolean joinFirstCompatible(List<Integer> candidates, int i, String rule) {
        for (int candidate : candidates) {
            String evidence = titleEvidence(records.get(candidate), records.get(i));
            if (evidence != null && join(candidate, i, rule, evidence)) {
                return true;
            }
        }
        return false;
    }

    /** Near-identical abstracts merge a record without title into the paper it belongs to. */
    private void joinByAbstract() {
        AbstractSimilarity abstracts = new AbstractSimilarity(records.stream().map(BibRecord::abstractText).toList(),
                i -> titleKeys.get(i).isEmpty());
        for (int i = 0; i < records.size() && !abstracts.isEmpty(); i++) {
            for (int j : abstracts.matches(i)) {
                join(j, i, "abstract", "near-identical abstract");
            }
        }
    }

    /**
     * What two records of one folded title have in common beyond it, or {@code null} when they
     * disagree: first authors of different family names, different venues, volumes or first pages.
     */
    static String titleEvidence(BibRecord a, BibRecord b) {
        StringBuilder evidence = new StringBuilder("title");
        a.year().ifPresent(y -> evidence.append(' ').append(y));
        if (!a.authors().isEmpty() && !b.authors().isEmpty()) {
            String familyA = PersonName.parse(a.authors().get(0).name()).family();
            String familyB = PersonName.parse(b.authors().get(0).name()).family();
            if (!familyA.replace(" ", "").equals(familyB.replace(" ", ""))) {
                return null;
            }
            evidence.append("; first author ").append(familyA);
        }
        if (!a.venue().isEmpty() && !b.venue().isEmpty()) {
            if (!VenueNames.compatible(a.venue(), b.venue())) {
                return null;
            }
            evidence.append("; venue");
        }
        if (!a.volume().isEmpty() && !b.volume().isEmpty()) {
            if (!plain(a.volume()).equals(plain(b.volume()))) {
                return null;
            }
            evidence.append("; volume ").append(a.volume());
        }
        String pageA = firstPage(a.pages());
        String pageB = firstPage(b.pages());
        if (!pageA.isEmpty() && !pageB.isEmpty()) {
            if (!pageA.equals(pageB)) {
                return null;
            }
            evidence.append("; page ").append(pageA);
        }
        return evidence.toString();
    }

    private static String plain(String text) {
        return NON_ALPHANUMERIC.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String firstPage(String pages) {
        int dash = pages.indexOf('-');
        return plain(dash > 0 ? pages.substring(0, dash) : pages);
    }

    /**
     * Whether two records sharing an identifier may be one paper: sources do carry wrong ids (a
     * reading list citing one paper under its neighbour's arXiv id), so two titles that share less
     * than half of their words veto the merge. A missing title vetoes nothing.
     */
    static boolean titlesAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return TextFolding.sharedWordShare(a, b) >= 0.5;
    }

    /** Whether a record is a preprint: a preprint server's DOI, or venue, or an arXiv id and no DOI. */
    static boolean isPreprint(BibRecord record) {
        String doi = record.ids().get(IdScheme.DOI);
        if (doi != null) {
            return PREPRINT_DOI_PREFIXES.stream().anyMatch(doi::startsWith);
        }
        if (PREPRINT_VENUE.matcher(record.venue()).find()) {
            return true;
        }
        return record.ids().containsKey(IdScheme.ARXIV) && record.venue().isEmpty();
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the papers of two records unless they carry different identifiers of one scheme. */
    private boolean join(int matched, int record, String rule, String evidence) {
        int a = find(matched);
        int b = find(record);
        if (a == b) {
            return true;
        }
        Map<IdScheme, String> idsA = idsOfRoot.get(a);
        Map<IdScheme, String> idsB = idsOfRoot.get(b);
        for (Map.Entry<IdScheme, String> id : idsB.entrySet()) {
            String other = idsA.get(id.getKey());
            if (other != null && !other.equals(id.getValue())) {
                return false;
            }
        }
        int root = Math.min(a, b);
        int child = Math.max(a, b);
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        ids.putAll(idsA);
        ids.putAll(idsB);
        parent[child] = root;
        idsOfRoot.set(root, ids.isEmpty() ? Map.of() : ids);
        idsOfRoot.set(child, Map.of());
        joins.add(new Join(record, matched, rule, evidence));
        return true;
    }

    private Result result(List<int[]> linkedByIdentifier, boolean keepVersions) {
        // Works: the records joined so far, by root, in reading order.
        Map<Integer, List<Integer>> works = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            works.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
        }
        Map<Integer, Boolean> preprint = new HashMap<>();
        works.forEach((root, members) -> preprint.put(root, members.stream().allMatch(i -> isPreprint(records.get(i)))));
        int[] versionOf = new int[records.size()];
        for (int i = 0; i < versionOf.length; i++) {
            versionOf[i] = i;
        }
        if (!keepVersions) {
            VersionJoiner joiner = new VersionJoiner(versionOf, preprint);
            for (int[] pair : linkedByIdentifier) {
                String shared = sharedId(records.get(pair[0]), records.get(pair[1]));
                joiner.join(find(pair[0]), find(pair[1]), pair[1], pair[0], shared + " links a preprint and its published version");
            }
            Map<String, List<Integer>> rootsOfTitle = new LinkedHashMap<>();
            for (int root : works.keySet()) {
                String title = titleKeys.get(root);
                if (title.length() >= MIN_TITLE_KEY_LENGTH) {
                    rootsOfTitle.computeIfAbsent(title, t -> new ArrayList<>()).add(root);
                }
            }
            for (List<Integer> roots : rootsOfTitle.values()) {
                for (int x = 0; x < roots.size(); x++) {
                    for (int y = x + 1; y < roots.size(); y++) {
                        BibRecord a = records.get(roots.get(x));
                        BibRecord b = records.get(roots.get(y));
                        String evidence = versionEvidence(a, b);
                        if (evidence != null) {
                            joiner.join(roots.get(x), roots.get(y), roots.get(y), roots.get(x), evidence);
                        }
                    }
                }
            }
        }
        Map<Integer, List<List<Integer>>> papers = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Integer>> work : works.entrySet()) {
            papers.computeIfAbsent(findVersion(versionOf, work.getKey()), r -> new ArrayList<>()).add(work.getValue());
        }
        List<List<List<Integer>>> versions = new ArrayList<>(papers.values());
        versions.sort(Comparator.comparingInt(v -> v.get(0).get(0)));
        List<List<Integer>> groups = new ArrayList<>(versions.size());
        for (int p = 0; p < versions.size(); p++) {
            List<List<Integer>> paperVersions = new ArrayList<>(versions.get(p));
            // The published version leads: its identifiers, venue and title are the paper's.
            paperVersions.sort(Comparator.comparing((List<Integer> v) -> preprint.get(find(v.get(0))))
                    .thenComparingInt(v -> v.get(0)));
            versions.set(p, paperVersions);
            List<Integer> group = new ArrayList<>();
            paperVersions.forEach(group::addAll);
            groups.add(group);
        }
        return new Result(groups, versions, joins);
    }

    /** Evidence that two works of one title are a preprint and its published version, or {@code null}. */
    private String versionEvidence(BibRecord a, BibRecord b) {
        if (isPreprint(a) == isPreprint(b)) {
            return null;
        }
        if (a.authors().isEmpty() || b.authors().isEmpty()) {
            return null;
        }
        String familyA = PersonName.parse(a.authors().get(0).name()).family();
        if (!familyA.replace(" ", "").equals(PersonName.parse(b.authors().get(0).name()).family().replace(" ", ""))) {
            return null;
        }
        if (a.year().isPresent() && b.year().isPresent()
                && Math.abs(a.year().getAsInt() - b.year().getAsInt()) > VERSION_YEARS) {
            return null;
        }
        BibRecord preprintRecord = isPreprint(a) ? a : b;
        String preprintId = preprintRecord.ids().isEmpty() ? preprintRecord.venue()
                : new java.util.TreeMap<>(preprintRecord.ids()).entrySet().iterator().next().getKey().prefix() + ":"
                        + new java.util.TreeMap<>(preprintRecord.ids()).entrySet().iterator().next().getValue();
        return "title; first author " + familyA + "; preprint " + preprintId;
    }

    private static String sharedId(BibRecord a, BibRecord b) {
        for (Map.Entry<IdScheme, String> id : new java.util.TreeMap<>(a.ids()).entrySet()) {
            if (id.getValue().equals(b.ids().get(id.getKey()))) {
                return id.getKey().prefix() + ":" + id.getValue();
            }
        }
        return "";
    }

    private static int findVersion(int[] versionOf, int x) {
        while (versionOf[x] != x) {
            versionOf[x] = versionOf[versionOf[x]];
            x = versionOf[x];
        }
        return x;
    }

    /** Joins works into papers of versions, at most one published work per paper. */
    private final class VersionJoiner {
        private final int[] versionOf;
        private final Map<Integer, Integer> publishedCount = new HashMap<>();
        private final Map<Integer, Boolean> preprint;

        VersionJoiner(int[] versionOf, Map<Integer, Boolean> preprint) {
            this.versionOf = versionOf;
            this.preprint = preprint;
            preprint.forEach((root, isPreprint) -> publishedCount.put(root, isPreprint ? 0 : 1));
        }

        void join(int workA, int workB, int record, int matched, String evidence) {
            if (preprint.get(workA).equals(preprint.get(workB))) {
                return;
            }
            int a = findVersion(versionOf, workA);
            int b = findVersion(versionOf, workB);
            if (a == b || publishedCount.get(a) + publishedCount.get(b) > 1) {
                return;
            }
            int root = Math.min(a, b);
            versionOf[Math.max(a, b)] = root;
            publishedCount.put(root, publishedCount.get(a) + publishedCount.get(b));
            joins.add(new Join(record, matched, "version", evidence));
        }
    }
}
