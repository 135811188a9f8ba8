package org.scholargraph.ingest.wos;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Four well-known network-science papers, written by hand in both WoS exports: the plain text and
 * the tab-delimited file. Authors, titles, journals, dates, volumes, pages and DOIs are the papers'
 * own; the cited-reference lists are a true subset of each paper's references, written in WoS's
 * style. The author keywords are our descriptors (these papers carry none in WoS). The last
 * reference is written in the bracketed form WoS uses for a work with several DOIs.
 */
final class NetworkPapers {

    static final String PLAIN = """
            FN Clarivate Analytics Web of Science
            VR 1.0
            PT J
            AU Watts, DJ
               Strogatz, SH
            AF Watts, Duncan J.
               Strogatz, Steven H.
            TI Collective dynamics of 'small-world' networks
            SO NATURE
            LA English
            DT Article
            DE small-world networks; synchronization
            NR 0
            PD JUN 4
            PY 1998
            VL 393
            IS 6684
            BP 440
            EP 442
            DI 10.1038/30918
            ER

            PT J
            AU Barabasi, AL
               Albert, R
            AF Barabasi, Albert-Laszlo
               Albert, Reka
            TI Emergence of scaling in random networks
            SO SCIENCE
            LA English
            DT Article
            DE scale-free networks; preferential
               attachment
            PD OCT 15
            PY 1999
            VL 286
            IS 5439
            BP 509
            EP 512
            DI 10.1126/science.286.5439.509
            ER

            PT J
            AU Newman, MEJ
            AF Newman, MEJ
            TI The structure of scientific collaboration networks
            SO PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES OF THE UNITED STATES OF
               AMERICA
            LA English
            DT Article
            DE coauthorship networks; Scale-free networks
            CR Barabasi AL, 1999, SCIENCE, V286, P509, DOI 10.1126/science.286.5439.509
               Watts DJ, 1998, NATURE, V393, P440, DOI 10.1038/30918
            NR 2
            PD JAN 16
            PY 2001
            VL 98
            IS 2
            BP 404
            EP 409
            DI 10.1073/pnas.98.2.404
            ER

            PT J
            AU Newman, MEJ
               Girvan, M
            AF Newman, MEJ
               Girvan, M
            TI Finding and evaluating community structure in networks
            SO PHYSICAL REVIEW E
            LA English
            DT Article
            DE community structure; modularity
            CR Newman MEJ, 2001, P NATL ACAD SCI USA, V98, P404, DOI 10.1073/pnas.98.2.404
               Watts DJ, 1998, NATURE, V393, P440, DOI [10.1038/30918, 10.1038/30918]
            NR 2
            PD FEB
            PY 2004
            VL 69
            IS 2
            AR 026113
            DI 10.1103/PhysRevE.69.026113
            ER

            EF
            """;

    /** The classic column set of the tab-delimited export, in WoS's order. */
    static final List<String> HEADER = List.of("PT", "AU", "BA", "BE", "GP", "AF", "BF", "CA", "TI", "SO", "SE", "BS",
            "LA", "DT", "CT", "CY", "CL", "SP", "HO", "DE", "ID", "AB", "C1", "RP", "EM", "RI", "OI", "FU", "FX", "CR",
            "NR", "TC", "Z9", "U1", "U2", "PU", "PI", "PA", "SN", "EI", "BN", "J9", "JI", "PD", "PY", "VL", "IS", "PN",
            "SU", "SI", "MA", "BP", "EP", "AR", "DI", "D2", "EA", "PG", "WC", "SC", "GA", "UT", "PM", "OA", "HC", "HP",
            "DA");

    static final List<Map<String, String>> TAB_RECORDS = List.of(
            Map.ofEntries(Map.entry("PT", "J"), Map.entry("AU", "Watts, DJ; Strogatz, SH"),
                    Map.entry("AF", "Watts, Duncan J.; Strogatz, Steven H."),
                    Map.entry("TI", "Collective dynamics of 'small-world' networks"), Map.entry("SO", "NATURE"),
                    Map.entry("LA", "English"), Map.entry("DT", "Article"),
                    Map.entry("DE", "small-world networks; synchronization"), Map.entry("NR", "0"),
                    Map.entry("PD", "JUN 4"), Map.entry("PY", "1998"), Map.entry("VL", "393"), Map.entry("IS", "6684"),
                    Map.entry("BP", "440"), Map.entry("EP", "442"), Map.entry("DI", "10.1038/30918")),
            Map.ofEntries(Map.entry("PT", "J"), Map.entry("AU", "Barabasi, AL; Albert, R"),
                    Map.entry("AF", "Barabasi, Albert-Laszlo; Albert, Reka"),
                    Map.entry("TI", "Emergence of scaling in random networks"), Map.entry("SO", "SCIENCE"),
                    Map.entry("LA", "English"), Map.entry("DT", "Article"),
                    Map.entry("DE", "scale-free networks; preferential attachment"),
                    Map.entry("PD", "OCT 15"), Map.entry("PY", "1999"), Map.entry("VL", "286"), Map.entry("IS", "5439"),
                    Map.entry("BP", "509"), Map.entry("EP", "512"), Map.entry("DI", "10.1126/science.286.5439.509")),
            Map.ofEntries(Map.entry("PT", "J"), Map.entry("AU", "Newman, MEJ"), Map.entry("AF", "Newman, MEJ"),
                    Map.entry("TI", "The structure of scientific collaboration networks"),
                    Map.entry("SO", "PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES OF THE UNITED STATES OF AMERICA"),
                    Map.entry("LA", "English"), Map.entry("DT", "Article"),
                    Map.entry("DE", "coauthorship networks; Scale-free networks"),
                    Map.entry("CR", "Barabasi AL, 1999, SCIENCE, V286, P509, DOI 10.1126/science.286.5439.509; "
                            + "Watts DJ, 1998, NATURE, V393, P440, DOI 10.1038/30918"),
                    Map.entry("NR", "2"), Map.entry("PD", "JAN 16"), Map.entry("PY", "2001"), Map.entry("VL", "98"),
                    Map.entry("IS", "2"), Map.entry("BP", "404"), Map.entry("EP", "409"),
                    Map.entry("DI", "10.1073/pnas.98.2.404")),
            Map.ofEntries(Map.entry("PT", "J"), Map.entry("AU", "Newman, MEJ; Girvan, M"),
                    Map.entry("AF", "Newman, MEJ; Girvan, M"),
                    Map.entry("TI", "Finding and evaluating community structure in networks"),
                    Map.entry("SO", "PHYSICAL REVIEW E"), Map.entry("LA", "English"), Map.entry("DT", "Article"),
                    Map.entry("DE", "community structure; modularity"),
                    Map.entry("CR", "Newman MEJ, 2001, P NATL ACAD SCI USA, V98, P404, DOI 10.1073/pnas.98.2.404; "
                            + "Watts DJ, 1998, NATURE, V393, P440, DOI [10.1038/30918, 10.1038/30918]"),
                    Map.entry("NR", "2"), Map.entry("PD", "FEB"), Map.entry("PY", "2004"), Map.entry("VL", "69"),
                    Map.entry("IS", "2"), Map.entry("AR", "026113"), Map.entry("DI", "10.1103/PhysRevE.69.026113")));

    /** The tab-delimited export as WoS writes it: header, one line a record, each line ending with a tab, CRLF. */
    static final String TAB = tabExport(TAB_RECORDS);

    private NetworkPapers() {
    }

    static String tabExport(List<Map<String, String>> records) {
        StringBuilder text = new StringBuilder(String.join("\t", HEADER)).append("\r\n");
        for (Map<String, String> record : records) {
            text.append(HEADER.stream().map(tag -> record.getOrDefault(tag, "")).collect(Collectors.joining("\t")))
                    .append("\t\r\n");
        }
        return text.toString();
    }
}
