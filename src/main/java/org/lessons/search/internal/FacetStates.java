package org.lessons.search.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.springframework.stereotype.Component;

/**
 * The facet ordinal map of the current reader. Building it reads every facet value in the index, so it is built
 * once per reader generation and reused by every search on that reader.
 */
@Component
public class FacetStates {

    private IndexReader reader;
    private SortedSetDocValuesReaderState state;

    /** The state for this reader, or empty while no passage with facets has been indexed. */
    public synchronized Optional<SortedSetDocValuesReaderState> forReader(IndexReader current, FacetsConfig config)
            throws IOException {
        if (current != reader) {
            String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
            state = FieldInfos.getMergedFieldInfos(current).fieldInfo(field) == null
                    ? null
                    : new DefaultSortedSetDocValuesReaderState(current, field, config);
            reader = current;
        }
        return Optional.ofNullable(state);
    }
}
