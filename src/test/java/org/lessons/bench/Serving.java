package org.lessons.bench;

/**
 * What holding an index open for search costs besides latency, since issue 8 sets targets for both at 1M passages:
 * the time to open it and answer a first search (a proxy for start-up), and the heap live with it open and under
 * search load.
 *
 * @param openSeconds opening {@code LessonIndex} (with its writer and tagger vocabulary) on the committed index
 * @param firstSearchSeconds the first search after opening (browse, so that every facet value is read)
 * @param heapOpen bytes live after a full GC with the index open after its first search
 * @param heapPeak the most bytes in use, garbage included, seen during the search load
 * @param heapAfterLoad bytes live after a full GC after the search load
 */
record Serving(double openSeconds, double firstSearchSeconds, long heapOpen, long heapPeak, long heapAfterLoad) {}
