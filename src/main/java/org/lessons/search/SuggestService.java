package org.lessons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.VocabularyEntry;
import org.lessons.index.LessonFields;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.search.internal.StopWords;
import org.lessons.search.internal.TextFolding;
import org.springframework.stereotype.Service;

/**
 * Type-ahead: tools, countries and organisations whose names start with what was typed (in any language, ranked
 * by how many passages they would find), then frequent words of the corpus with that beginning.
 */
@Service
public class SuggestService {

    private static final int MIN_PREFIX = 2;
    private static final int TERMS_SCANNED = 2_000;
    private static final int MIN_TERM_LENGTH = 3;

    private final LessonIndex index;
    private final Tagger tagger;

    public SuggestService(LessonIndex index, Tagger tagger) {
        this.index = index;
        this.tagger = tagger;
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        String folded = TextFolding.fold(prefix == null ? "" : prefix.strip());
        if (folded.length() < MIN_PREFIX) {
            return List.of();
        }
        try (SearcherLease lease = index.acquire()) {
            List<Suggestion> suggestions = new ArrayList<>(vocabulary(lease.searcher(), folded, limit));
            if (suggestions.size() < limit) {
                suggestions.addAll(words(lease.searcher().getIndexReader(), folded, limit - suggestions.size()));
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException("Suggestions failed: " + e.getMessage(), e);
        }
    }

    private List<Suggestion> vocabulary(IndexSearcher searcher, String prefix, int limit) throws IOException {
        List<Suggestion> found = new ArrayList<>();
        for (VocabularyEntry entry : tagger.entries()) {
            String name = entry.names().stream()
                    .filter(n -> startsWithWord(TextFolding.fold(n), prefix))
                    .findFirst()
                    .orElse(null);
            if (name != null) {
                long count = searcher.count(new TermQuery(
                        DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, entry.dimension(), path(entry))));
                if (count > 0) {
                    found.add(new Suggestion(name, entry.label(), entry.dimension(), entry.value(), count));
                }
            }
        }
        found.sort(Comparator.comparingLong(Suggestion::count).reversed());
        return found.subList(0, Math.min(limit, found.size()));
    }

    private List<Suggestion> words(IndexReader reader, String prefix, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, LessonFields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum enumerator = terms.iterator();
        List<Suggestion> words = new ArrayList<>();
        if (enumerator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        int scanned = 0;
        for (BytesRef term = enumerator.term(); term != null && scanned++ < TERMS_SCANNED; term = enumerator.next()) {
            String word = term.utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            if (word.length() >= MIN_TERM_LENGTH && !StopWords.contains(word)) {
                words.add(new Suggestion(word, word, null, null, enumerator.docFreq()));
            }
        }
        words.sort(Comparator.comparingLong(Suggestion::count).reversed());
        return words.subList(0, Math.min(limit, words.size()));
    }

    private String[] path(VocabularyEntry entry) {
        return entry.dimension().equals("tool")
                ? tagger.taxonomy().path(entry.value()).toArray(String[]::new)
                : new String[] {entry.value()};
    }

    /** A name starts with the prefix, or one of its words does ("freez" finds "Asset freezing"). */
    private static boolean startsWithWord(String name, String prefix) {
        return name.startsWith(prefix) || name.contains(" " + prefix);
    }
}
