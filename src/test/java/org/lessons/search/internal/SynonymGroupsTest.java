package org.lessons.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.enrich.Tagger;
import org.lessons.testsupport.TestIndex;

/**
 * A concept counts once however many of its wordings a passage uses: a terminology paragraph saying REMT, RWT and
 * XRW must not outrank a passage that answers the rest of the query.
 */
class SynonymGroupsTest {

    @TempDir
    Path dataDir;

    private Tagger tagger;
    private SynonymGroups synonyms;

    @BeforeEach
    void readVocabulary() {
        tagger = TestIndex.tagger(dataDir);
        synonyms = new SynonymGroups(tagger);
    }

    @Test
    void aSynonymGroupIsScoredAsTheBestOfItsWordings() throws Exception {
        Query query = parse(synonyms.expand("RWT financing"));

        Query group = ((BooleanQuery) query).clauses().get(0).getQuery();
        assertThat(group).isInstanceOf(DisjunctionMaxQuery.class);
        assertThat(group.toString()).contains("text:rwt", "text:remt", "text:\"racial ? ethnic motiv terror\"");
    }

    @Test
    void alternativesTheUserTypedStillAddUp() throws Exception {
        Query query = parse(synonyms.expand("(takedown OR removal) orders"));

        Query typed = ((BooleanQuery) query).clauses().get(0).getQuery();
        assertThat(typed).isInstanceOf(BooleanQuery.class);
        assertThat(((BooleanQuery) typed).clauses())
                .extracting(BooleanClause::getOccur)
                .containsOnly(BooleanClause.Occur.SHOULD);
    }

    @Test
    void quotedPhrasesAndFieldValuesAreNotExpanded() {
        assertThat(synonyms.expand("\"RWT\" tool:MLA")).isEqualTo("\"RWT\" tool:MLA");
    }

    private Query parse(String expanded) throws Exception {
        LessonsQueryParser parser = new LessonsQueryParser(
                new String[] {"text"}, new EnglishAnalyzer(), Map.of("text", 1f), tagger.taxonomy(), false);
        return SynonymGroups.asDisjunctions(parser.parse(expanded));
    }
}
