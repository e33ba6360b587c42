package org.lessons.ingest;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and behaviour of ingestion ({@code lessons.ingest.*}).
 *
 * @param parseTimeout how long one file may take to parse before its worker is killed
 * @param maxFileSize larger files are refused before parsing
 * @param maxTextChars the most text kept from one file; the rest is cut and the document marked truncated
 * @param workerHeap the parse worker's maximum heap, which bounds what a hostile file can make it allocate
 * @param workerJvmOptions further options for the parse worker's JVM, for instance a flight recording to profile
 *     parsing, which runs in that JVM and so escapes a profile of the application
 * @param watch whether to follow changes in the corpus folder after the first scan
 * @param quietPeriod how long the folder must be still before a change is ingested, so half-copied files wait
 * @param ignore file-name patterns never ingested (editor lock files, hidden files, the corpus README)
 * @param allowedTypes the media types Lessons reads, as detected from a file's content; everything else is
 *     refused, at the top of a file and inside it (attachments, embedded objects)
 * @param maxNestingDepth how deep embedded files may nest (an attachment of an attachment is two levels), since
 *     nesting is how a small archive multiplies into a huge one
 * @param maxEntries how many embedded files one file may hold, since each costs a parse
 * @param maxExpandedSize how many bytes the embedded files of one file may expand to in all, since a few
 *     kilobytes of compressed zeros can expand to gigabytes that produce no text for the other limits to see
 * @param minFreeSpace uploads are refused (507) and the folder's ingest pauses while the disk of the data or the
 *     corpus folder has less free than this, so that the index always has room to commit and merge
 * @param spaceCheckInterval how often a paused ingest looks whether space was freed, to resume by itself
 */
@ConfigurationProperties("lessons.ingest")
public record IngestProperties(
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue("5000000") int maxTextChars,
        @DefaultValue("768m") String workerHeap,
        @DefaultValue({}) List<String> workerJvmOptions,
        @DefaultValue("true") boolean watch,
        @DefaultValue("750ms") Duration quietPeriod,
        @DefaultValue({".*", "~$*", "*.tmp", "README.md"}) List<String> ignore,

        @DefaultValue({
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/markdown",
            "message/rfc822",
            "application/vnd.ms-outlook"
        })
        List<String> allowedTypes,

        @DefaultValue("3") int maxNestingDepth,
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("256MB") DataSize maxExpandedSize,
        @DefaultValue("512MB") DataSize minFreeSpace,
        @DefaultValue("10s") Duration spaceCheckInterval) {}
