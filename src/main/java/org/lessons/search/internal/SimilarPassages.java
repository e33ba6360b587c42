package org.lessons.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.lessons.index.StoredPassage;
import org.springframework.stereotype.Component;

/**
 * More like this: passages that share a passage's most telling words. Successive versions of the guide repeat
 * paragraphs almost word for word; such near-duplicates are left out, since they are the same lesson again. A
 * passage the viewer may not see is as unknown as a missing one, and only passages they may see are proposed.
 */
@Component
public class SimilarPassages {

    /** Share of word triples two passages must have in common to count as the same text. */
    static final double NEAR_DUPLICATE = 0.5;

    private static final int CANDIDATES = 60;
    private static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));

    private final LanguageAnalyzers analyzers;

    public SimilarPassages(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The similar passages' documents and the query that found them, or empty for an unknown or hidden passage. */
    public Optional<Similar> find(IndexSearcher searcher, String passageId, int size, Visibility visibility)
            throws IOException {
        TopDocs source =
                searcher.search(visibility.restrict(new TermQuery(new Term(LessonFields.PASSAGE_ID, passageId))), 1);
        if (source.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document passage = searcher.storedFields().document(source.scoreDocs[0].doc);
        String text = passage.get(LessonFields.TEXT);
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setFieldNames(new String[] {LessonFields.TEXT});
        moreLikeThis.setAnalyzer(analyzers.forLanguage(passage.get(LessonFields.LANGUAGE)));
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(2);
        moreLikeThis.setMaxQueryTerms(25);
        // the names a viewer may not see are no words to find similar passages by, or marks in them would point back
        String likeText = visibility.withholdsNames(StoredPassage.handling(passage))
                ? StoredPassage.namesInText(passage).blanked(text)
                : text;
        Query like = moreLikeThis.like(LessonFields.TEXT, new StringReader(likeText));
        Query query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(visibility.restrict(PASSAGES), Occur.FILTER)
                .add(new TermQuery(new Term(LessonFields.PASSAGE_ID, passageId)), Occur.MUST_NOT)
                .build();
        Set<String> sourceShingles = shingles(text);
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc candidate : searcher.search(query, CANDIDATES).scoreDocs) {
            if (kept.size() == size) {
                break;
            }
            if (overlap(sourceShingles, shingles(HitReader.text(searcher, candidate.doc))) < NEAR_DUPLICATE) {
                kept.add(candidate);
            }
        }
        return Optional.of(new Similar(query, kept.toArray(ScoreDoc[]::new)));
    }

    /** Word triples of a text, lower-cased: the unit of near-duplicate comparison. */
    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("\\W+");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        return shingles;
    }

    /** The share of the smaller text's triples found in the other: 1.0 for a copy, even a shortened one. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / smaller.size();
    }

    /** The query that found similar passages, for highlighting, and the passages themselves. */
    public record Similar(Query query, ScoreDoc[] docs) {}
}
