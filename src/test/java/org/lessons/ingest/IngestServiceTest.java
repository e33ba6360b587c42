package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.internal.VocabularyFiles;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.ingest.internal.ForkedParser;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.IngestSettings;
import org.lessons.testsupport.SimplePdf;
import org.lessons.testsupport.TestIngest;
import org.lessons.testsupport.TestViewers;

/** Ingest end to end on real files, the real worker and a real index in temporary folders. */
class IngestServiceTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path corpus;

    private final IngestProperties properties =
            IngestSettings.with("max-file-size=1MB", "worker-heap=256m", "watch=false", "ignore=.*,README.md");
    private ForkedParser parser;
    private LessonIndex index;
    private DocumentCatalog catalog;
    private IngestService ingest;

    @BeforeEach
    void open() {
        parser = new ForkedParser(properties);
        start();
    }

    @AfterEach
    void close() throws Exception {
        ingest.stop();
        index.close();
        parser.stopWorker();
    }

    @Test
    void ingestsEveryFileAndRecordsEachFailureWithItsReason() throws Exception {
        copy("workshops/2022-01-19_workshop-community-engagement.txt", "workshops/community.txt");
        copy("meetings/2021-12-08_expert-meeting-online-prosecution.html", "meetings/prosecution.html");
        BadFiles.copyAllInto(corpus.resolve("incoming"));
        Files.write(corpus.resolve("incoming/huge.txt"), new byte[2 * 1024 * 1024]);
        Files.writeString(corpus.resolve("README.md"), "not a document");

        List<IngestOutcome> outcomes = ingest.synchronize().get();

        assertThat(outcomes)
                .filteredOn(o -> o.status() == IngestOutcome.Status.INDEXED)
                .extracting(IngestOutcome::path)
                .containsExactlyInAnyOrder("workshops/community.txt", "meetings/prosecution.html");
        assertThat(ingest.failures())
                .extracting(IngestFailure::path, IngestFailure::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("incoming/encrypted-minutes.pdf", "encrypted"),
                        org.assertj.core.groups.Tuple.tuple("incoming/corrupt-report.pdf", "corrupt"),
                        org.assertj.core.groups.Tuple.tuple("incoming/truncated-notes.docx", "corrupt"),
                        org.assertj.core.groups.Tuple.tuple("incoming/meeting-pack.zip", "unsupported-type"),
                        org.assertj.core.groups.Tuple.tuple("incoming/huge.txt", "too-large"));
        assertThat(ingest.failures())
                .allSatisfy(failure -> assertThat(failure.detail()).isNotBlank());
        assertThat(failure("incoming/huge.txt").detail())
                .contains("The file is 2 MB; the limit is 1 MB (lessons.ingest.max-file-size).");
        IngestStatus status = ingest.status();
        assertThat(status.state()).isEqualTo("idle");
        assertThat(status.documents()).isEqualTo(2);
        assertThat(status.failed()).isEqualTo(5);
        assertThat(status.passages()).isGreaterThan(10);
    }

    @Test
    void reingestingAnUnchangedFileChangesNothing() throws Exception {
        copy("workshops/2022-01-19_workshop-community-engagement.txt", "community.txt");
        ingest.synchronize().get();
        long passages = ingest.status().passages();

        Files.setLastModifiedTime(corpus.resolve("community.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        List<IngestOutcome> again =
                ingest.refresh(List.of(corpus.resolve("community.txt"))).get();

        assertThat(again).extracting(IngestOutcome::status).containsExactly(IngestOutcome.Status.UNCHANGED);
        assertThat(ingest.status().passages()).isEqualTo(passages);
    }

    @Test
    void aChangedFileReplacesItsPassages() throws Exception {
        Path file = corpus.resolve("notes.md");
        Files.writeString(file, "# Notes\n\n" + "Asset freezing disrupted the network's finances quickly. ".repeat(5));
        ingest.synchronize().get();
        String documentId = catalog.sources().keySet().iterator().next();

        Files.writeString(
                file,
                "# Notes\n\n" + "Probation officers supervised license conditions closely. ".repeat(5) + "\n\n"
                        + "Mentors helped with reintegration after release from prison. ".repeat(5));
        ingest.refresh(List.of(file)).get();

        var passages = catalog.find(documentId).orElseThrow().passages();
        assertThat(passages).hasSize(2);
        assertThat(passages).noneMatch(p -> p.text().contains("Asset freezing"));
        assertThat(ingest.status().documents()).isEqualTo(1);
    }

    @Test
    void aDeletedFileOrFolderDisappears() throws Exception {
        copy("workshops/2022-01-19_workshop-community-engagement.txt", "a/one.txt");
        copy("other/2021-08-02_office-relocation-notice.txt", "b/two.txt");
        copy("meetings/2022-10-12_closing-meeting-brussels.md", "b/three.md");
        ingest.synchronize().get();

        Files.delete(corpus.resolve("a/one.txt"));
        Files.delete(corpus.resolve("b/two.txt"));
        Files.delete(corpus.resolve("b/three.md"));
        Files.delete(corpus.resolve("b"));
        ingest.refresh(List.of(corpus.resolve("a/one.txt"), corpus.resolve("b")))
                .get();

        assertThat(catalog.sources()).isEmpty();
        assertThat(ingest.status().passages()).isZero();
    }

    @Test
    void restartingNeverDuplicatesAndCatchesUpWithChangesMadeWhileDown() throws Exception {
        copy("workshops/2022-01-19_workshop-community-engagement.txt", "community.txt");
        copy("other/2021-08-02_office-relocation-notice.txt", "relocation.txt");
        ingest.synchronize().get();
        IngestStatus before = ingest.status();

        ingest.stop();
        index.close();
        Files.delete(corpus.resolve("relocation.txt"));
        start();
        List<IngestOutcome> outcomes = ingest.synchronize().get();

        assertThat(outcomes)
                .extracting(IngestOutcome::path, IngestOutcome::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("relocation.txt", IngestOutcome.Status.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("community.txt", IngestOutcome.Status.UNCHANGED));
        assertThat(ingest.status().documents()).isEqualTo(before.documents() - 1);
    }

    @Test
    void keepsTheOriginalAsIngested() throws Exception {
        Path file = copy("meetings/2021-12-08_expert-meeting-online-prosecution.html", "prosecution.html");
        ingest.synchronize().get();
        String documentId = catalog.sources().keySet().iterator().next();
        byte[] ingested = Files.readAllBytes(file);

        Files.delete(file);
        OriginalFile original = ingest.original(documentId).orElseThrow();

        assertThat(original.fileName()).isEqualTo("prosecution.html");
        assertThat(original.mediaType()).startsWith("text/html");
        assertThat(Files.readAllBytes(original.content())).isEqualTo(ingested);
    }

    @Test
    void filesOfAFormatNotAcceptedAreRecordedWithTheirTypeAndTheFormatsAccepted() throws Exception {
        Files.write(corpus.resolve("chart.png"), BadFiles.PNG_IMAGE);
        Files.write(corpus.resolve("minutes.pdf"), BadFiles.WINDOWS_PROGRAM);
        BadFiles.nestedZip(corpus.resolve("pack.zip"), 2);

        ingest.synchronize().get();

        assertThat(ingest.failures())
                .extracting(IngestFailure::path, IngestFailure::reason)
                .containsExactlyInAnyOrder(
                        tuple("chart.png", "unsupported-type"),
                        tuple("minutes.pdf", "unsupported-type"),
                        tuple("pack.zip", "unsupported-type"));
        assertThat(ingest.failures()).extracting(IngestFailure::detail).allSatisfy(detail -> assertThat(detail)
                .contains("Lessons accepts PDF, DOCX, DOC, ODT, RTF, HTML, XHTML, TXT, MD, EML and MSG"
                        + " (lessons.ingest.allowed-types)"));
        assertThat(failure("chart.png").detail()).contains("Portable Network Graphics (image/png)");
        assertThat(failure("minutes.pdf").detail()).contains("application/x-msdownload");
        assertThat(failure("pack.zip").detail()).contains("application/zip").contains("unpack an archive");
    }

    @Test
    void anUploadLandsUnderAGeneratedNameAndIsIndexed() throws Exception {
        IngestOutcome outcome;
        try (var in = Files.newInputStream(Path.of("corpus/workshops/2022-01-19_workshop-community-engagement.txt"))) {
            outcome = ingest.upload("../../Community notes.txt", in);
        }

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.INDEXED);
        assertThat(outcome.path()).matches("uploads/[0-9a-f]{16}-community-notes\\.txt");
        assertThat(outcome.passages()).isGreaterThan(5);
        assertThat(Files.exists(corpus.resolve(outcome.path()))).isTrue();
        assertThat(ingest.original(outcome.documentId()).orElseThrow().fileName())
                .isEqualTo(outcome.path().substring("uploads/".length()));
    }

    @Test
    void anUploadsNameNeverChoosesWhereItLands() throws Exception {
        Path absolute = corpus.getParent().resolve("absolute-" + System.nanoTime() + ".txt");
        List<String> names = List.of(
                "../../escaped.txt",
                absolute.toString(),
                "..\\..\\windows.txt",
                "minutes\u0000.txt",
                "CON",
                "x".repeat(5000) + ".txt",
                "invoice\u202Etxt.exe",
                ".hidden.txt",
                "~$lock.txt",
                "README.md");
        for (String name : names) {
            IngestOutcome outcome =
                    ingest.upload(name, text("Minutes of the meeting on " + name.length() + " topics."));

            assertThat(outcome.status()).as(name).isEqualTo(IngestOutcome.Status.INDEXED);
            assertThat(outcome.path()).as(name).matches("uploads/[0-9a-f]{16}(-[a-z0-9]+(-[a-z0-9]+)*)?\\.(txt|md)");
        }

        try (Stream<Path> files = Files.walk(corpus)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(file -> corpus.relativize(file).getParent()))
                    .hasSize(names.size())
                    .allMatch(Path.of("uploads")::equals);
        }
        assertThat(corpus.resolve("uploads/../../escaped.txt").normalize()).doesNotExist();
        assertThat(absolute).doesNotExist();
    }

    @Test
    void anUploadIsReadAsWhatItsContentIsWhateverItsName() throws Exception {
        IngestOutcome pdf = ingest.upload(
                "notes.txt",
                new ByteArrayInputStream(SimplePdf.withText(
                        "The kookaburra task force met prosecutors every week to review referrals.")));
        IngestOutcome plain = ingest.upload("minutes.pdf", text("The wallaby working group reviewed referrals."));

        assertThat(pdf.path()).endsWith("-notes.pdf");
        assertThat(catalog.find(pdf.documentId()).orElseThrow().mediaType()).isEqualTo("application/pdf");
        assertThat(catalog.find(pdf.documentId()).orElseThrow().passages())
                .anySatisfy(passage -> assertThat(passage.text()).contains("kookaburra task force"));
        assertThat(plain.path()).endsWith("-minutes.txt");
        assertThat(catalog.find(plain.documentId()).orElseThrow().mediaType()).startsWith("text/plain");
    }

    @Test
    void anUploadOfAFormatNotAcceptedIsRefusedNamingItsTypeAndLeavesNothingBehind() {
        assertThatThrownBy(() -> ingest.upload("minutes.pdf", new ByteArrayInputStream(BadFiles.WINDOWS_PROGRAM)))
                .isInstanceOfSatisfying(UploadRejectedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(FailureReason.UNSUPPORTED_TYPE);
                    assertThat(refused.detectedType()).isEqualTo("application/x-msdownload");
                    assertThat(refused.getMessage())
                            .contains("The file's content is application/x-msdownload")
                            .contains("Lessons accepts PDF, DOCX");
                    assertThat(refused.allowedTypes()).contains("application/pdf", "text/markdown");
                });

        assertNothingStored();
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItIsStored() {
        assertThatThrownBy(() -> ingest.upload("minutes.txt", new ByteArrayInputStream(new byte[2 << 20])))
                .isInstanceOfSatisfying(UploadRejectedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(FailureReason.TOO_LARGE);
                    assertThat(refused.getMessage())
                            .contains("larger than the limit of 1 MB (lessons.ingest.max-file-size)");
                });

        assertNothingStored();
    }

    @Test
    void namesAndOffersTheAcceptedFormatsForTheUploadScreen() {
        UploadFormats formats = ingest.uploadFormats();

        assertThat(formats.names()).isEqualTo("PDF, DOCX, DOC, ODT, RTF, HTML, XHTML, TXT, MD, EML and MSG");
        assertThat(formats.extensions()).contains(".pdf", ".htm", ".html", ".md", ".markdown", ".txt", ".msg");
        assertThat(formats.extensions()).doesNotContain(".zip", ".png", ".exe", ".xml");
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThatThrownBy(() -> ingest.upload("minutes.txt", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(UploadRejectedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(FailureReason.EMPTY));

        assertNothingStored();
    }

    @Test
    void retaggingAppliesAnEditedTaxonomyFromStoredTextWithoutReadingFilesAgain() throws Exception {
        Path file = corpus.resolve("notes.md");
        Files.writeString(file, "# Notes\n\n" + "The wombat protocol guided every prosecutor in the case. ".repeat(5));
        ingest.synchronize().get();
        String documentId = catalog.sources().keySet().iterator().next();
        assertThat(catalog.find(documentId)
                        .orElseThrow()
                        .passages()
                        .get(0)
                        .tags()
                        .tools())
                .isEmpty();

        Files.createDirectories(dataDir.resolve("enrich"));
        Files.writeString(dataDir.resolve("enrich/taxonomy.yaml"), """
                concepts:
                  - id: wombat-protocol
                    scheme: tool
                    label: {en: "Wombat protocol"}
                """);
        Files.delete(file);
        int retagged = ingest.retag().get();

        assertThat(retagged).isEqualTo(1);
        assertThat(catalog.find(documentId)
                        .orElseThrow()
                        .passages()
                        .get(0)
                        .tags()
                        .tools())
                .extracting(org.lessons.enrich.Tag::value)
                .containsExactly("wombat-protocol");
    }

    private void start() {
        LessonsProperties lessons = new LessonsProperties(dataDir, corpus);
        Tagger tagger = new Tagger(new VocabularyFiles(lessons));
        index = new LessonIndex(lessons, new LanguageAnalyzers(), tagger);
        catalog = new DocumentCatalog(index);
        ingest = TestIngest.wired(lessons, properties, parser, index, tagger, TestViewers.unrestricted())
                .service();
    }

    private IngestFailure failure(String path) {
        return ingest.failures().stream()
                .filter(failure -> failure.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static InputStream text(String sentence) {
        return new ByteArrayInputStream(
                ("# Minutes\n\n" + (sentence + " ").repeat(5)).getBytes(StandardCharsets.UTF_8));
    }

    private void assertNothingStored() {
        try (Stream<Path> corpusFiles = Files.walk(corpus);
                Stream<Path> workFiles = Files.walk(dataDir)) {
            assertThat(corpusFiles.filter(Files::isRegularFile)).isEmpty();
            assertThat(workFiles.filter(Files::isRegularFile).filter(file -> file.startsWith(dataDir.resolve("tmp"))))
                    .isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path copy(String corpusFile, String target) throws Exception {
        Path destination = corpus.resolve(target);
        Files.createDirectories(destination.getParent());
        return Files.copy(Path.of("corpus", corpusFile), destination);
    }
}
