package org.lessons.index;

import java.util.List;

/** A page of the document library. */
public record DocumentPage(long total, int page, int size, List<DocumentSummary> items) {}
