package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.ingest.FailureReason;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.IngestSettings;

/**
 * Decompression bombs, deep nesting and swarms of entries, through the real worker: each is refused as too large,
 * naming the limit it broke, and none is left to the time limit or the worker's memory. Archives are not accepted
 * by default, so these parsers accept zips as a curator could configure it, to show the limits inside them.
 */
class HostileFilesTest {

    private static ForkedParser parser;
    private static ForkedParser withZips;

    @TempDir
    Path temp;

    @BeforeAll
    static void startWorkers() {
        parser = new ForkedParser(IngestSettings.with("worker-heap=256m"));
        String zipsToo = String.join(",", IngestSettings.with().allowedTypes()) + ",application/zip";
        withZips = new ForkedParser(
                IngestSettings.with("worker-heap=256m", "allowed-types=" + zipsToo, "max-expanded-size=32MB"));
    }

    @AfterAll
    static void stopWorkers() {
        parser.stopWorker();
        withZips.stopWorker();
    }

    @Test
    void aZipNestedTenLevelsDeepIsRefusedByItsDepth() throws Exception {
        ParseResponse nested = withZips.parse(BadFiles.nestedZip(temp.resolve("pack.zip"), 10));

        assertRefused(nested, "nested more than 3 levels deep (lessons.ingest.max-nesting-depth)");
    }

    @Test
    void aZipThatContainsItselfIsRefusedByItsDepth() {
        assertRefused(withZips.parse(BadFiles.DROSTE_ZIP), "lessons.ingest.max-nesting-depth");
    }

    @Test
    void aZipOfThousandsOfEntriesIsRefusedByTheirNumberBeforeAnyIsRead() throws Exception {
        ParseResponse swarm = withZips.parse(BadFiles.zipWithEntries(temp.resolve("notes.zip"), 5000));

        assertRefused(swarm, "an archive of more than 1000 entries (lessons.ingest.max-entries)");
    }

    @Test
    void aZipThatExpandsBeyondTheLimitIsRefusedAsItExpands() throws Exception {
        Path bomb = BadFiles.zipOfZeros(temp.resolve("report.zip"), "report.pdf", 64);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertRefused(withZips.parse(bomb), "expands to more than 32 MB (lessons.ingest.max-expanded-size)");
    }

    @Test
    void aDocxWhoseBodyExpandsAHundredfoldIsRefusedBeforeItsParserLoadsIt() throws Exception {
        // expanded, the body alone would exhaust the worker's 256 MB of memory
        Path bomb = BadFiles.docxBomb(temp.resolve("minutes.docx"), 150);

        assertRefused(parser.parse(bomb), "more than 100 times its compressed size");
    }

    @Test
    void anEmailForwardedTenLevelsDeepIsRefusedByItsDepth() throws Exception {
        ParseResponse forwarded = parser.parse(BadFiles.nestedEmail(temp.resolve("thread.eml"), 10));

        assertRefused(forwarded, "nested more than 3 levels deep (lessons.ingest.max-nesting-depth)");
    }

    @Test
    void anEmailWithThousandsOfAttachmentsIsRefusedByTheirNumber() throws Exception {
        ParseResponse swarm = parser.parse(BadFiles.emailWithAttachments(temp.resolve("notes.eml"), 2000));

        assertRefused(swarm, "more than 1000 embedded files (lessons.ingest.max-entries)");
    }

    @Test
    void aFileThatExhaustsTheWorkersMemoryFailsAloneNamingTheLimit() throws Exception {
        ForkedParser small = new ForkedParser(IngestSettings.with("worker-heap=64m"));
        try {
            ParseResponse crashed = small.parse(BadFiles.largeDocx(temp.resolve("large.docx"), 10));

            assertThat(crashed.failureReason()).isEqualTo(FailureReason.PARSER_CRASHED.code());
            assertThat(crashed.detail()).contains("ran out of its 64m of memory (lessons.ingest.worker-heap)");
            assertThat(small.parse(Path.of("corpus/workshops/2022-01-19_workshop-community-engagement.txt"))
                            .succeeded())
                    .isTrue();
        } finally {
            small.stopWorker();
        }
    }

    @Test
    void theLimitsAreSettings() throws Exception {
        ForkedParser lenient = new ForkedParser(IngestSettings.with("worker-heap=256m", "max-nesting-depth=10"));
        ForkedParser strict = new ForkedParser(IngestSettings.with("worker-heap=256m", "max-entries=5"));
        try {
            ParseResponse deep = lenient.parse(BadFiles.nestedEmail(temp.resolve("thread.eml"), 10));
            assertThat(deep.succeeded()).as(deep.detail()).isTrue();
            assertThat(text(deep)).contains("The innermost minutes.");

            ParseResponse six = strict.parse(BadFiles.emailWithAttachments(temp.resolve("six.eml"), 6));
            assertRefused(six, "more than 5 embedded files");
        } finally {
            lenient.stopWorker();
            strict.stopWorker();
        }
    }

    @Test
    void anAttachmentOfAFormatNotAcceptedIsNotRead() throws Exception {
        Path email = temp.resolve("with-attachment.eml");
        Files.writeString(
                email,
                BadFiles.email(
                        "Minutes",
                        "Minutes attached.",
                        BadFiles.attachment("application/xml", "data.xml", "<data>wombatschema</data>")));
        String withXml = String.join(",", IngestSettings.with().allowedTypes()) + ",application/xml";
        ForkedParser readingXml = new ForkedParser(IngestSettings.with("worker-heap=256m", "allowed-types=" + withXml));
        try {
            assertThat(text(parser.parse(email))).contains("Minutes attached.").doesNotContain("wombatschema");
            assertThat(text(readingXml.parse(email))).contains("wombatschema");
        } finally {
            readingXml.stopWorker();
        }
    }

    private static void assertRefused(ParseResponse response, String detail) {
        assertThat(response.failureReason()).as(response.detail()).isEqualTo(FailureReason.TOO_LARGE.code());
        assertThat(response.detail()).contains(detail);
    }

    private static String text(ParseResponse response) {
        return response.blocks().stream().map(RawBlock::text).collect(Collectors.joining("\n"));
    }
}
