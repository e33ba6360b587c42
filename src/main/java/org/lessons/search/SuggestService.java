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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.VocabularyEntry;
import org.lessons.index.LessonFields;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.marking.Viewers;
import org.lessons.search.internal.StopWords;
import org.lessons.search.internal.TextFolding;
import org.lessons.search.internal.Visibility;
import org.springframework.stereotype.Service;

/**
 * Type-ahead: tools, countries and organisations whose names start with what was typed (in any language, ranked
 * by how many passages they would find), then frequent words of the corpus with that beginning. Both are counted in
 * the passages the viewer may see, so that nothing found only in hidden passages is ever proposed: the index's
 * vocabulary and its frequencies include those.
 */
@Service
public class SuggestService {

    private static final int MIN_PREFIX = 2;
    private static final int TERMS_SCANNED = 2_000;
    private static final int MIN_TERM_LENGTH = 3;

    private final LessonIndex index;
    private final Tagger tagger;
    private final Viewers viewers;

    public SuggestService(LessonIndex index, Tagger tagger, Viewers viewers) {
        this.index = index;
        this.tagger = tagger;
        this.viewers = viewers;
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        String folded = TextFolding.fold(prefix == null ? "" : prefix.strip());
        if (folded.length() < MIN_PREFIX) {
            return List.of();
        }
        // shows no passage text; names in Chatham House passages are not even in the words it proposes from
        Visibility visibility = new Visibility(viewers.current().clearance(), false);
        try (SearcherLease lease = index.acquire()) {
            List<Suggestion> suggestions = new ArrayList<>(vocabulary(lease.searcher(), folded, limit, visibility));
            if (suggestions.size() < limit) {
                suggestions.addAll(words(lease.searcher(), folded, limit - suggestions.size(), visibility));
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException("Suggestions failed: " + e.getMessage(), e);
        }
    }

    private List<Suggestion> vocabulary(IndexSearcher searcher, String prefix, int limit, Visibility visibility)
            throws IOException {
        List<Suggestion> found = new ArrayList<>();
        for (VocabularyEntry entry : tagger.entries()) {
            String name = entry.names().stream()
                    .filter(n -> startsWithWord(TextFolding.fold(n), prefix))
                    .findFirst()
                    .orElse(null);
            if (name != null) {
                long count = visibility.count(
                        searcher,
                        DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, entry.dimension(), path(entry)));
                if (count > 0) {
                    found.add(new Suggestion(name, entry.label(), entry.dimension(), entry.value(), count));
                }
            }
        }
        found.sort(Comparator.comparingLong(Suggestion::count).reversed());
        return found.subList(0, Math.min(limit, found.size()));
    }

    /**
     * The words with the prefix that most passages the viewer may see hold. A word's frequency in the whole index
     * bounds its frequency in those, so words are counted from the most frequent down until no further word could
     * make the list.
     */
    private List<Suggestion> words(IndexSearcher searcher, String prefix, int limit, Visibility visibility)
            throws IOException {
        List<Candidate> candidates = candidates(searcher.getIndexReader(), prefix);
        candidates.sort(Comparator.comparingInt(Candidate::frequency).reversed());
        Comparator<Suggestion> order =
                Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text);
        List<Suggestion> best = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (best.size() == limit
                    && candidate.frequency() < best.get(limit - 1).count()) {
                break;
            }
            int count = visibility.count(searcher, new Term(LessonFields.WORDS, candidate.word()));
            if (count > 0) {
                best.add(new Suggestion(candidate.word(), candidate.word(), null, null, count));
                best.sort(order);
                if (best.size() > limit) {
                    best.remove(limit);
                }
            }
        }
        return best;
    }

    /** Words of the index with the prefix, worth proposing, with their frequency in the whole index. */
    private static List<Candidate> candidates(IndexReader reader, String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, LessonFields.WORDS);
        List<Candidate> candidates = new ArrayList<>();
        if (terms == null) {
            return candidates;
        }
        TermsEnum enumerator = terms.iterator();
        if (enumerator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return candidates;
        }
        int scanned = 0;
        for (BytesRef term = enumerator.term(); term != null && scanned++ < TERMS_SCANNED; term = enumerator.next()) {
            String word = term.utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            if (word.length() >= MIN_TERM_LENGTH && !StopWords.contains(word)) {
                candidates.add(new Candidate(word, enumerator.docFreq()));
            }
        }
        return candidates;
    }

    private String[] path(VocabularyEntry entry) {
        return entry.dimension().equals("tool")
                ? tagger.taxonomy().path(entry.value()).toArray(String[]::new)
                : new String[] {entry.value()};
    }

    private record Candidate(String word, int frequency) {}

    /** A name starts with the prefix, or one of its words does ("freez" finds "Asset freezing"). */
    private static boolean startsWithWord(String name, String prefix) {
        return name.startsWith(prefix) || name.contains(" " + prefix);
    }
}
