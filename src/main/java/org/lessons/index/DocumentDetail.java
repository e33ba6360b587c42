package org.lessons.index;

import java.util.List;

/** A document with everything needed to read and cite it: its metadata and its passages in order. */
public record DocumentDetail(
        DocumentSummary summary,
        List<String> authors,
        int pageCount,
        String mediaType,
        String sha256,
        List<IndexedPassage> passages) {}
