package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessons.ingest.FailureReason;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.IngestSettings;

/** Real Tika in the real worker process, on one corpus file per format and on hostile files. */
class ForkedParserTest {

    private static ForkedParser parser;

    @BeforeAll
    static void startWorker() {
        parser = new ForkedParser(IngestSettings.with("worker-heap=256m"));
    }

    @AfterAll
    static void stopWorker() {
        parser.stopWorker();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "meetings/2020-06-18_kick-off-online-meeting.pdf, application/pdf, Kick-off",
        "meetings/2020-10-07_second-expert-meeting-online.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, proscription",
        "workshops/2022-07-06_workshop-policing-strategies.doc, application/msword, community policing",
        "meetings/2021-03-24_expert-meeting-prison-and-reintegration.odt, application/vnd.oasis.opendocument.text, prison",
        "meetings/2021-09-29_expert-meeting-valletta.rtf, application/rtf, community",
        "meetings/2021-12-08_expert-meeting-online-prosecution.html, text/html, hate crime",
        "meetings/2022-10-12_closing-meeting-brussels.md, text/markdown, guide",
        "workshops/2022-01-19_workshop-community-engagement.txt, text/plain, trusted messengers",
        "meetings/2022-02-09_minutes-by-email.eml, message/rfc822, minutes"
    })
    void extractsTextOfEveryCorpusFormat(String file, String mediaType, String expectedText) {
        ParseResponse response = parser.parse(Path.of("corpus", file));

        assertThat(response.succeeded()).as(response.detail()).isTrue();
        assertThat(response.mediaType()).startsWith(mediaType);
        assertThat(StructureReader.read(response.blocks())).hasSizeGreaterThan(5);
        assertThat(String.join(
                                " ",
                                response.blocks().stream().map(RawBlock::text).toList())
                        .toLowerCase())
                .contains(expectedText.toLowerCase());
    }

    @Test
    void keepsHeadingsOfWordDocumentsAndPagesOfPdfs() {
        ParseResponse docx = parser.parse(Path.of("corpus/meetings/2020-10-07_second-expert-meeting-online.docx"));
        ParseResponse pdf = parser.parse(Path.of("corpus/meetings/2020-06-18_kick-off-online-meeting.pdf"));

        assertThat(docx.blocks()).anyMatch(RawBlock::heading);
        assertThat(pdf.blocks()).extracting(RawBlock::page).contains(1, 2);
    }

    @Test
    void reportsEncryptedAndCorruptFilesWithTheirReason() {
        assertThat(parser.parse(BadFiles.ENCRYPTED_PDF).failureReason()).isEqualTo(FailureReason.ENCRYPTED.code());
        assertThat(parser.parse(BadFiles.CORRUPT_PDF).failureReason()).isEqualTo(FailureReason.CORRUPT.code());
        assertThat(parser.parse(BadFiles.TRUNCATED_DOCX).failureReason()).isEqualTo(FailureReason.CORRUPT.code());
    }

    @Test
    void refusesContentItDoesNotRead(@TempDir Path temp) throws Exception {
        Path binary = temp.resolve("tool.bin");
        java.nio.file.Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 9});

        ParseResponse refused = parser.parse(binary);
        assertThat(refused.failureReason()).isEqualTo(FailureReason.UNSUPPORTED_TYPE.code());
        assertThat(refused.detail()).contains("application/octet-stream");
    }

    @Test
    void aFileThatTakesTooLongIsStoppedAndTheNextFileStillParses() {
        ForkedParser impatient = new ForkedParser(IngestSettings.with("parse-timeout=1ms", "worker-heap=256m"));
        try {
            ParseResponse slow =
                    impatient.parse(Path.of("corpus/guide/2022-09-30_practitioners-guide-final-draft-v1.0.odt"));
            assertThat(slow.failureReason()).isEqualTo(FailureReason.TIMED_OUT.code());
        } finally {
            impatient.stopWorker();
        }
        assertThat(parser.parse(Path.of("corpus/workshops/2022-01-19_workshop-community-engagement.txt"))
                        .succeeded())
                .isTrue();
    }

    @Test
    void cutsTextAtTheOutputLimitAndKeepsWhatCameBefore() {
        ForkedParser limited = new ForkedParser(IngestSettings.with("max-text-chars=2000", "worker-heap=256m"));
        try {
            ParseResponse cut =
                    limited.parse(Path.of("corpus/guide/2022-09-30_practitioners-guide-final-draft-v1.0.odt"));
            assertThat(cut.succeeded()).isTrue();
            assertThat(cut.truncated()).isTrue();
            assertThat(cut.blocks().stream().mapToInt(b -> b.text().length()).sum())
                    .isLessThanOrEqualTo(2000);
        } finally {
            limited.stopWorker();
        }
    }

    @Test
    void startsAWorkerWhoseJvmPrintsBeforeItIsReady() {
        // the JVM prints its flags on standard output before the worker speaks, as a flight recording announces itself
        ForkedParser printing = new ForkedParser(
                IngestSettings.with("worker-heap=256m", "worker-jvm-options=-XX:+PrintCommandLineFlags"));
        try {
            ParseResponse response =
                    printing.parse(Path.of("corpus/workshops/2022-01-19_workshop-community-engagement.txt"));

            assertThat(response.succeeded()).as(response.detail()).isTrue();
        } finally {
            printing.stopWorker();
        }
    }
}
