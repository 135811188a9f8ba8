package org.scholargraph.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;

/**
 * Measures author resolution against known truth: pairwise precision, recall and F1 over pairs of
 * byline positions, and B-cubed precision and recall (Bagga and Baldwin 1998) averaged over
 * positions.
 *
 * <p>Two kinds of truth. A <b>generated</b> set ({@link #generated}): people in research groups of
 * a few fields, each field with its venues, keywords and title words; papers by members of one group;
 * every byline position written in one of the forms sources use (full name, "Family, Given",
 * initials, "Family GM", "FAMILY Given", diacritics dropped, now and then a typo in the given name);
 * and homonyms, people of another field who carry exactly the name of someone else (one in
 * twenty), besides the chance namesakes of common family names. Family names: one in ten common
 * (Wang, Smith, García…), three in ten from a list of less common ones, the rest made of syllables. The <b>real
 * samples</b> of {@code ../shared/data} whose sources identify authors (Scopus author ids, OpenAlex
 * author ids, Semantic Scholar author ids, ORCIDs): the identifiers are removed before resolution and
 * the names alone must recover the identifier clusters; positions without identifier are resolved
 * but not scored.
 *
 * <p>{@code bench/resolution.sh} runs {@link #main} and writes the table of {@code bench/RESULTS.md}.
 */
public final class AuthorResolutionEvaluation {

    /** Scores of one evaluation set. */
    record Scores(String set, int positions, int persons, double pairPrecision, double pairRecall,
            double bcubedPrecision, double bcubedRecall) {

        double pairF1() {
            return pairPrecision + pairRecall == 0 ? 0 : 2 * pairPrecision * pairRecall / (pairPrecision + pairRecall);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.4f | %.4f | %.4f | %.4f | %.4f |", set, positions, persons,
                    pairPrecision, pairRecall, pairF1(), bcubedPrecision, bcubedRecall);
        }
    }

    /** Records whose byline positions carry their true person as source id ({@code truth:N}). */
    record Labelled(List<BibRecord> records) {
    }

    private static final String[] COMMON_FAMILIES = {"Wang", "Li", "Zhang", "Smith", "Kim", "Nguyen", "García", "Müller",
        "Chen", "Johnson"};
    private static final String[] RARE_FAMILIES = {"Kowalczyk", "Abernathy", "Lindqvist", "Okonkwo", "Vasquez-Rojas",
        "Halvorsen", "Tanaka", "Brzezinski", "Oyelaran", "Marchetti", "Szabó", "Ferreira", "Nakagawa", "Dubois",
        "Ivanova", "Petrović", "Håkansson", "O'Brien", "Castellanos", "Nørgaard", "Yilmaz", "Rahman", "Karlsson",
        "Moreau", "Schäfer", "Bianchi", "Novák", "Lefèvre", "Andersen", "Kovačević"};
    private static final String[] GIVEN = {"Wei", "Jun", "Li", "Anna", "John", "Maria", "José", "Hiroshi", "Olga",
        "Pierre", "Sofia", "Ahmed", "Lars", "Elena", "David", "Mei", "Carlos", "Ingrid", "Tomás", "Aisha", "Björn",
        "Chloé", "Daniel", "Emma", "Felix", "Grace", "Hannah", "Ivan", "Julia", "Kenji"};
    private static final String[] FIELDS = {"ecology", "oncology", "photonics", "linguistics", "hydrology",
        "cryptography", "astrophysics", "epidemiology"};

    private AuthorResolutionEvaluation() {
    }

    /** A generated set of {@code persons} people and {@code papers} papers, the same for one seed. */
    static Labelled generated(long seed, int persons, int papers) {
        Random random = new Random(seed);
        int fields = FIELDS.length;
        List<String[]> names = new ArrayList<>(); // given, middle initial or "", family
        List<Integer> fieldOf = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        int groupSize = 5;
        for (int p = 0; p < persons; p++) {
            int field = (p / groupSize) % fields;
            int draw = random.nextInt(10);
            String family = draw == 0 ? COMMON_FAMILIES[random.nextInt(COMMON_FAMILIES.length)]
                    : draw < 4 ? RARE_FAMILIES[random.nextInt(RARE_FAMILIES.length)] : syllables(random);
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String middle = random.nextBoolean() ? String.valueOf((char) ('A' + random.nextInt(26))) : "";
            names.add(new String[] {given, middle, family});
            fieldOf.add(field);
            groupOf.add(p / groupSize);
        }
        // Homonyms: one person in twenty takes the exact name of a person of another field.
        for (int p = 0; p < persons; p++) {
            if (random.nextInt(20) == 0) {
                int other = random.nextInt(persons);
                if (!fieldOf.get(other).equals(fieldOf.get(p))) {
                    names.set(p, names.get(other).clone());
                }
            }
        }
        int groups = (persons + groupSize - 1) / groupSize;
        List<BibRecord> records = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            int group = random.nextInt(groups);
            int field = group % fields;
            String fieldName = FIELDS[field];
            int startYear = 1990 + (group * 7) % 25;
            BibRecord.Builder record = BibRecord.builder(new Provenance(Path.of("generated.txt"), i + 1), "generated")
                    .title(title(random, fieldName, i)).year(startYear + random.nextInt(10))
                    .venue(fieldName + " " + (random.nextBoolean() ? "letters" : "review") + " " + (1 + random.nextInt(2)));
            for (int k = 0; k < 3; k++) {
                record.keyword(fieldName + " topic " + random.nextInt(12));
            }
            List<Integer> members = new ArrayList<>();
            for (int p = group * groupSize; p < Math.min(persons, (group + 1) * groupSize); p++) {
                members.add(p);
            }
            java.util.Collections.shuffle(members, random);
            int size = Math.min(members.size(), 2 + random.nextInt(3));
            for (int k = 0; k < size; k++) {
                int p = members.get(k);
                record.author(new RecordAuthor(written(random, names.get(p)), Optional.of("truth:" + p)));
            }
            records.add(record.build());
        }
        return new Labelled(records);
    }

    /** A family name of two or three syllables: most names in a large corpus are rare ones. */
    private static String syllables(Random random) {
        String[] parts = {"ka", "lo", "mer", "vin", "sa", "tor", "ben", "ri", "dal", "no", "gu", "fen", "sho", "ma",
            "lek", "zu", "par", "te", "win", "ho"};
        StringBuilder name = new StringBuilder();
        int count = 2 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            name.append(parts[random.nextInt(parts.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String title(Random random, String field, int i) {
        String[] words = {"dynamics", "patterns", "estimation", "variability", "inference", "structure", "response",
            "transport", "detection", "modelling", "sampling", "signatures", "feedback", "networks", "regimes"};
        StringBuilder title = new StringBuilder(Character.toUpperCase(field.charAt(0)) + field.substring(1));
        for (int k = 0; k < 4; k++) {
            title.append(' ').append(words[random.nextInt(words.length)]);
        }
        return title.append(" study ").append(i).toString();
    }

    /** One way of writing a name, as sources do. */
    private static String written(Random random, String[] name) {
        String given = name[0];
        String middle = name[1];
        String family = name[2];
        if (random.nextInt(10) == 0) {
            given = stripDiacritics(given);
            family = stripDiacritics(family);
        }
        if (random.nextInt(100) == 0 && given.length() > 3) {
            // a typo inside the given name: two letters swapped
            int at = 1 + random.nextInt(given.length() - 2);
            given = given.substring(0, at) + given.charAt(at + 1) + given.charAt(at) + given.substring(at + 2);
        }
        String initials = given.charAt(0) + (middle.isEmpty() ? "" : middle);
        String spacedMiddle = middle.isEmpty() ? "" : " " + middle + ".";
        switch (random.nextInt(7)) {
            case 0:
                return given + spacedMiddle + " " + family;
            case 1:
                return family + ", " + given + spacedMiddle;
            case 2:
                return given.charAt(0) + "." + spacedMiddle + " " + family;
            case 3:
                // MEDLINE's "Family GM"; a single initial gets its period ("Linkov I." as Scopus writes
                // it), since "Weinan E" is a one-letter family name
                return family + " " + initials.toUpperCase(Locale.ROOT) + (initials.length() == 1 ? "." : "");
            case 4:
                return family.toUpperCase(Locale.ROOT) + " " + given;
            case 5:
                return family + ", " + given.charAt(0) + "." + (middle.isEmpty() ? "" : middle + ".");
            default:
                return given + " " + family;
        }
    }

    private static String stripDiacritics(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The records with every author identifier removed, and the truth they were removed from. */
    static Scores score(String set, List<BibRecord> labelled) {
        return score(set, labelled, Map.of());
    }

    /**
     * Scores against the identifiers, where {@code sameAs} maps identifiers that a reading of the
     * records found to be one person (the source gave them several) to one of them.
     */
    static Scores score(String set, List<BibRecord> labelled, Map<String, String> sameAs) {
        List<BibRecord> bare = new ArrayList<>(labelled.size());
        for (BibRecord r : labelled) {
            bare.add(withoutIds(r));
        }
        AuthorResolver.Resolution resolution = AuthorResolver.resolve(bare);
        List<Integer> truth = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        Map<String, Integer> truthIds = new HashMap<>();
        for (int r = 0; r < labelled.size(); r++) {
            List<RecordAuthor> authors = labelled.get(r).authors();
            int[] positions = resolution.positions().get(r);
            for (int k = 0; k < authors.size(); k++) {
                if (authors.get(k).sourceId().isPresent() && positions[k] >= 0) {
                    String id = authors.get(k).sourceId().get();
                    truth.add(truthIds.computeIfAbsent(sameAs.getOrDefault(id, id), x -> truthIds.size()));
                    predicted.add(positions[k]);
                }
            }
        }
        return scores(set, truth, predicted, truthIds.size());
    }

    static Scores scores(String set, List<Integer> truth, List<Integer> predicted, int persons) {
        Map<Long, Long> both = new HashMap<>();
        Map<Integer, Long> byTruth = new HashMap<>();
        Map<Integer, Long> byPrediction = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            both.merge(((long) truth.get(i) << 32) | predicted.get(i), 1L, Long::sum);
            byTruth.merge(truth.get(i), 1L, Long::sum);
            byPrediction.merge(predicted.get(i), 1L, Long::sum);
        }
        double truePairs = both.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double predictedPairs = byPrediction.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double actualPairs = byTruth.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double bcubedPrecision = 0;
        double bcubedRecall = 0;
        for (int i = 0; i < truth.size(); i++) {
            double overlap = both.get(((long) truth.get(i) << 32) | predicted.get(i));
            bcubedPrecision += overlap / byPrediction.get(predicted.get(i));
            bcubedRecall += overlap / byTruth.get(truth.get(i));
        }
        int n = truth.size();
        return new Scores(set, n, persons, predictedPairs == 0 ? 1 : truePairs / predictedPairs,
                actualPairs == 0 ? 1 : truePairs / actualPairs, n == 0 ? 1 : bcubedPrecision / n, n == 0 ? 1 : bcubedRecall / n);
    }

    /**
     * The identifiers that {@code bench/resolution-audit.tsv} lists as one person, each mapped to the
     * first of its line; empty when the file is absent.
     */
    static Map<String, String> audit(Path file) throws IOException {
        Map<String, String> sameAs = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return sameAs;
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] ids = line.split("\t")[0].split(" ");
            for (String id : ids) {
                sameAs.put(id, ids[0]);
            }
        }
        return sameAs;
    }

    /** The real samples whose sources identify authors, as evaluation sets. */
    static List<Scores> realSamples(Path data) throws IOException {
        return realSamples(data, Map.of());
    }

    /** The real samples, scored against their identifiers with {@code sameAs} applied (see {@link #audit}). */
    static List<Scores> realSamples(Path data, Map<String, String> sameAs) throws IOException {
        String[][] sets = {
            {"Scopus CSV (Scopus author ids)", "scopus"},
            {"OpenAlex works page (OpenAlex author ids)", "openalex"},
            {"Semantic Scholar papers (S2 author ids)", "semanticscholar"},
            {"PubMed MEDLINE (ORCIDs)", "medline"},
        };
        List<Scores> scores = new ArrayList<>();
        for (String[] set : sets) {
            Path folder = data.resolve(set[1]);
            if (Files.isDirectory(folder)) {
                List<BibRecord> records = Ingest.defaults().withWarnings(w -> { }).read(List.of(folder)).records();
                scores.add(score(set[0], records));
                if (!sameAs.isEmpty()) {
                    Scores audited = score(set[0] + ", ids read by hand", records, sameAs);
                    if (audited.pairPrecision() != scores.get(scores.size() - 1).pairPrecision()) {
                        scores.add(audited);
                    }
                }
            }
        }
        return scores;
    }

    /**
     * The persons of a resolution of {@code labelled} (identifiers removed) that join several
     * identifiers not yet read as one in {@code sameAs}: one line each, as the audit file has them
     * (identifiers, names, coauthors all of them share), for a reader to check.
     */
    static List<String> disagreements(List<BibRecord> labelled, Map<String, String> sameAs) {
        List<BibRecord> bare = new ArrayList<>(labelled.size());
        for (BibRecord r : labelled) {
            bare.add(withoutIds(r));
        }
        AuthorResolver.Resolution resolution = AuthorResolver.resolve(bare);
        Map<Integer, Set<String>> idsOfPerson = new TreeMap<>();
        Map<String, Set<String>> namesOfId = new HashMap<>();
        Map<String, Set<String>> coauthorsOfId = new HashMap<>();
        for (int r = 0; r < labelled.size(); r++) {
            List<RecordAuthor> authors = labelled.get(r).authors();
            for (int k = 0; k < authors.size(); k++) {
                RecordAuthor author = authors.get(k);
                if (author.sourceId().isEmpty() || resolution.positions().get(r)[k] < 0) {
                    continue;
                }
                String id = author.sourceId().get();
                idsOfPerson.computeIfAbsent(resolution.positions().get(r)[k], x -> new TreeSet<>()).add(id);
                namesOfId.computeIfAbsent(id, x -> new TreeSet<>()).add(author.name());
                for (RecordAuthor other : authors) {
                    if (other != author) {
                        coauthorsOfId.computeIfAbsent(id, x -> new TreeSet<>()).add(PersonName.parse(other.name()).blockKey());
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Set<String> ids : idsOfPerson.values()) {
            if (ids.stream().map(id -> sameAs.getOrDefault(id, id)).distinct().count() < 2) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            Set<String> shared = new TreeSet<>(coauthorsOfId.getOrDefault(ids.iterator().next(), Set.of()));
            for (String id : ids) {
                names.addAll(namesOfId.get(id));
                shared.retainAll(coauthorsOfId.getOrDefault(id, Set.of()));
            }
            lines.add(String.join(" ", ids) + "\t" + String.join("; ", names) + "\t" + String.join(" ", shared.stream().limit(4).toList()));
        }
        return lines;
    }

    static BibRecord withoutIds(BibRecord r) {
        List<RecordAuthor> names = r.authors().stream().map(a -> RecordAuthor.named(a.name())).toList();
        return new BibRecord(r.source(), r.format(), r.title(), names, r.year(), r.date(), r.venue(), r.volume(),
                r.pages(), r.abstractText(), r.ids(), r.keywords(), r.references());
    }

    /**
     * Prints the table of {@code bench/RESULTS.md}: {@code bench/resolution.sh}; with
     * {@code --disagreements}, the persons that join identifiers the audit file does not yet read as one.
     */
    public static void main(String[] args) throws IOException {
        boolean disagreements = args.length > 0 && args[0].equals("--disagreements");
        if (disagreements) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        if (disagreements) {
            Map<String, String> sameAs = audit(Path.of("bench/resolution-audit.tsv"));
            for (String folder : List.of("scopus", "openalex", "semanticscholar", "medline")) {
                if (Files.isDirectory(data.resolve(folder))) {
                    disagreements(Ingest.defaults().withWarnings(w -> { }).read(List.of(data.resolve(folder))).records(), sameAs)
                            .forEach(System.out::println);
                }
            }
            return;
        }
        List<Scores> all = new ArrayList<>();
        all.add(score("generated (seed 1; 1,500 people, 4,000 papers)", generated(1, 1500, 4000).records()));
        all.add(score("generated (seed 2; 6,000 people, 20,000 papers)", generated(2, 6000, 20000).records()));
        all.addAll(realSamples(data, audit(Path.of("bench/resolution-audit.tsv"))));
        System.out.println("| set | positions | persons | pairwise P | pairwise R | pairwise F1 | B³ P | B³ R |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        all.forEach(s -> System.out.println(s.row()));
    }
}
