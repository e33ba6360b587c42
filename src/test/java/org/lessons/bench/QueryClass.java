package org.lessons.bench;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.lessons.search.FacetValue;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;

/**
 * One of the query classes the speed targets name, as a request to the search service. The words are chosen
 * from the sample's word counts rather than written down, so that "rare" and "common" stay true to the text the
 * generator produced. They come from the English part alone, so that the classes stay the English queries they
 * were before the sample had other languages, and the common words are common in most passages. The facet
 * selections are the most frequent values of the index being measured.
 *
 * @param name the class as the report names it
 * @param afresh whether every call must be found and counted again: Lessons keeps the outcome of a search without
 *     words until the index changes, so a browse repeated is answered from memory, and this class shows what the
 *     first browse after a change costs
 */
record QueryClass(String name, SearchRequest request, boolean afresh) {

    /** Earlier than any generated document, so that an earliest date from here on leaves every passage in. */
    private static final LocalDate BEFORE_EVERY_DOCUMENT = LocalDate.of(1000, 1, 1);

    private static final AtomicLong CALLS = new AtomicLong();

    /** Shorter words are mostly stop words, which the analyser drops and so would not be "common terms". */
    private static final int CONTENT_WORD_LENGTH = 6;

    static List<QueryClass> of(CorpusSample corpus, SearchResult browse) {
        LanguageSample sample = corpus.english();
        List<String> common = sample.frequencies().entrySet().stream()
                .filter(e -> isContentWord(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(3)
                .toList();
        String rare = sample.frequencies().entrySet().stream()
                .filter(e -> e.getValue() == 1 && isContentWord(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
        String fuzzy = common.get(2).substring(0, 3) + "x" + common.get(2).substring(4) + "~";
        return List.of(
                new QueryClass("rare term", SearchRequest.of(rare), false),
                new QueryClass("two common terms", SearchRequest.of(common.get(0) + " " + common.get(1)), false),
                new QueryClass("phrase", SearchRequest.of("\"" + commonPair(sample) + "\""), false),
                new QueryClass("three facet filters", filtered(browse, common.get(0)), false),
                new QueryClass("browse (empty query)", SearchRequest.of(""), false),
                new QueryClass("browse, counted afresh", SearchRequest.of(""), true),
                new QueryClass("fuzzy", SearchRequest.of(fuzzy), false));
    }

    /**
     * The request to send now. A class counted afresh moves its earliest date by a day on every call, always before
     * every document, so that it finds the same passages but is never the request of an earlier call.
     */
    SearchRequest next() {
        if (!afresh) {
            return request;
        }
        return SearchRequest.builder()
                .query(request.query())
                .filters(request.filters())
                .dates(BEFORE_EVERY_DOCUMENT.plusDays(CALLS.incrementAndGet() % 300_000), null)
                .build();
    }

    /** The words as typed, for the report. */
    String words() {
        return request.query().isEmpty() ? "(none)" : request.query();
    }

    private static boolean isContentWord(String word) {
        return word.length() >= CONTENT_WORD_LENGTH && word.chars().allMatch(Character::isLetter);
    }

    private static String commonPair(LanguageSample sample) {
        return sample.followers().entrySet().stream()
                .filter(e -> isContentWord(e.getKey()))
                .flatMap(e -> e.getValue().stream()
                        .filter(QueryClass::isContentWord)
                        .map(next -> e.getKey() + " " + next.toLowerCase()))
                .collect(Collectors.groupingBy(pair -> pair, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** A common word within the three most frequent values of document type, year and country. */
    private static SearchRequest filtered(SearchResult browse, String word) {
        SearchRequest.Builder builder = SearchRequest.builder().query(word);
        for (String dimension : List.of("docType", "year", "country")) {
            browse.facets().getOrDefault(dimension, List.of()).stream()
                    .max(Comparator.comparingLong(FacetValue::count))
                    .ifPresent(top -> builder.filter(dimension, top.value()));
        }
        return builder.build();
    }
}
