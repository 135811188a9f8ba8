package org.scholargraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scholargraph.analysis.CommunitySummary;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.analysis.timeline.AuthorYear;
import org.scholargraph.analysis.timeline.PairHistory;
import org.scholargraph.analysis.timeline.YearActivity;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.KeywordNetwork;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Turns an analysis (int indices) into the facade's rows (stable ids and names), with the values and
 * row order of the matching CSV file of the export contract.
 */
final class ResultRows {

    private ResultRows() {
    }

    static List<AuthorRow> authors(CorpusAnalysis analysis) {
        NodeTable table = analysis.authors();
        List<AuthorRow> rows = new ArrayList<>(table.size());
        for (int a = 0; a < table.size(); a++) {
            rows.add(new AuthorRow(table, a));
        }
        return rows;
    }

    static List<PaperRow> papers(CorpusAnalysis analysis) {
        NodeTable table = analysis.papers();
        List<PaperRow> rows = new ArrayList<>(table.size());
        for (int p = 0; p < table.size(); p++) {
            rows.add(new PaperRow(table, p));
        }
        return rows;
    }

    static List<KeywordRow> keywords(CorpusAnalysis analysis) {
        KeywordNetwork keywords = analysis.networks().keywords();
        int[] membership = analysis.keywordCommunities().membership();
        List<KeywordRow> rows = new ArrayList<>(keywords.keywords().size());
        for (int k = 0; k < keywords.keywords().size(); k++) {
            // -1 (an empty cell in keywords.csv) when the partition does not cover the keyword
            rows.add(new KeywordRow(keywords.keywords().get(k), keywords.papers(k), keywords.firstYear(k),
                    keywords.lastYear(k), k < membership.length ? membership[k] : -1,
                    analysis.corpus().variantsOf(keywords.keywords().get(k))));
        }
        return rows;
    }

    static List<CoauthorshipRow> coauthorships(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        List<CoauthorshipRow> rows = new ArrayList<>();
        for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
            Author source = corpus.author(c.source());
            Author target = corpus.author(c.target());
            rows.add(new CoauthorshipRow(source.id(), target.id(), source.name(), target.name(), c.jointPapers(),
                    c.fractional(), c.jointPapers(), c.firstYear(), c.lastYear(),
                    c.papers().stream().map(p -> corpus.paper(p).id()).toList()));
        }
        return rows;
    }

    static List<CitationRow> citations(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        List<CitationRow> rows = new ArrayList<>();
        for (Citation c : analysis.networks().citation().citations()) {
            Paper citing = corpus.paper(c.citing());
            Paper cited = corpus.paper(c.cited());
            rows.add(new CitationRow(citing.id(), cited.id(), citing.yearOrZero(), cited.yearOrZero()));
        }
        return rows;
    }

    /** The communities of one graph, largest first, each with every member's id. */
    static List<CommunityRow> communities(CorpusAnalysis analysis, GraphKind graph) {
        Communities communities;
        List<String> memberIds;
        Corpus corpus = analysis.corpus();
        switch (graph) {
            case COAUTHORSHIP:
                communities = analysis.coauthorshipCommunities();
                memberIds = corpus.authors().stream().map(Author::id).toList();
                break;
            case CITATION:
                communities = analysis.citationCommunities();
                memberIds = corpus.papers().stream().map(Paper::id).toList();
                break;
            case TOPICS:
                communities = analysis.topicCommunities();
                memberIds = corpus.papers().stream().map(Paper::id).toList();
                break;
            case KEYWORDS:
                communities = analysis.keywordCommunities();
                memberIds = analysis.networks().keywords().keywords();
                break;
            default:
                throw new IllegalArgumentException("no communities for " + graph);
        }
        List<List<String>> members = new ArrayList<>();
        for (int c = 0; c < communities.count(); c++) {
            members.add(new ArrayList<>());
        }
        int[] membership = communities.membership();
        for (int v = 0; v < Math.min(memberIds.size(), membership.length); v++) {
            members.get(membership[v]).add(memberIds.get(v));
        }
        List<CommunityRow> rows = new ArrayList<>();
        for (CommunitySummary s : analysis.communities()) {
            if (s.graph().equals(graph.label())) {
                rows.add(new CommunityRow(s.graph(), s.community(), s.size(), s.label(), s.topMembers(),
                        s.modularity(), s.labelScores(), members.get(s.community())));
            }
        }
        rows.sort(Comparator.comparingInt(CommunityRow::community));
        return rows;
    }

    static List<YearRow> timelineYears(CorpusAnalysis analysis) {
        List<YearRow> rows = new ArrayList<>();
        for (YearActivity y : analysis.timeline().years()) {
            rows.add(new YearRow(y.year(), y.papers(), y.activeAuthors(), y.newAuthors(), y.collaborations(),
                    y.newCollaborations(), y.cumulativeAuthors(), y.largestComponentShare()));
        }
        rows.sort(Comparator.comparingInt(YearRow::year));
        return rows;
    }

    static List<AuthorYearRow> timelineAuthors(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        List<AuthorYear> sorted = new ArrayList<>(analysis.timeline().authorYears());
        sorted.sort(Comparator.comparingInt(AuthorYear::author).thenComparingInt(AuthorYear::year));
        List<AuthorYearRow> rows = new ArrayList<>(sorted.size());
        for (AuthorYear y : sorted) {
            Author author = corpus.author(y.author());
            rows.add(new AuthorYearRow(author.id(), author.name(), y.year(), y.papers(), y.coauthors(),
                    y.newCoauthors(), y.citations()));
        }
        return rows;
    }

    static List<PairHistoryRow> timelinePairs(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        List<PairHistory> sorted = new ArrayList<>(analysis.timeline().pairs());
        sorted.sort(Comparator.comparingInt(PairHistory::source).thenComparingInt(PairHistory::target));
        List<PairHistoryRow> rows = new ArrayList<>(sorted.size());
        for (PairHistory p : sorted) {
            Author source = corpus.author(p.source());
            Author target = corpus.author(p.target());
            rows.add(new PairHistoryRow(source.id(), target.id(), source.name(), target.name(), p.firstYear(),
                    p.lastYear(), p.jointPapers(), p.activeYears()));
        }
        return rows;
    }
}
