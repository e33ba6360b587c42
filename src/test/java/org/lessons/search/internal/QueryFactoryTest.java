package org.lessons.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.testsupport.TestIndex;

/** How typed words become the query that is searched. */
class QueryFactoryTest {

    @TempDir
    Path dataDir;

    @Test
    void wordsThatSeveralLanguagesReadAlikeAreSearchedOnceAndStillInEveryDistinctReading() {
        QueryFactory queries = new QueryFactory(new LanguageAnalyzers(), TestIndex.tagger(dataDir));

        DisjunctionMaxQuery readings =
                (DisjunctionMaxQuery) queries.parse("online states", false).query();

        assertThat(readings.getDisjuncts()).doesNotHaveDuplicates();
        assertThat(readings.getDisjuncts())
                .hasSizeGreaterThan(1)
                .hasSizeLessThan(new LanguageAnalyzers().all().size());
    }
}
