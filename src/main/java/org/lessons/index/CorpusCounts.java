package org.lessons.index;

/** What the index holds: documents indexed, their passages, and files that failed. */
public record CorpusCounts(long documents, long passages, long failed) {}
