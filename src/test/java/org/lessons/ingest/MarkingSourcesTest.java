package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.ingest.internal.ContentHash;
import org.lessons.ingest.internal.DocumentIngester;
import org.lessons.ingest.internal.ReadFile;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.testsupport.WordPackage;

/**
 * Where a document's marking comes from, end to end on real files, the real worker and a real index: sidecars and
 * folder defaults are never documents, and adding, changing or removing one re-marks its documents at the next scan
 * or folder event without parsing them again.
 */
class MarkingSourcesTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path corpus;

    private FolderIngest folder;
    private IngestService ingest;

    @BeforeEach
    void open() {
        folder = new FolderIngest(dataDir, corpus, "worker-heap=256m", "watch=false", "ignore=.*,README.md");
        ingest = folder.service();
    }

    @AfterEach
    void close() throws Exception {
        folder.close();
    }

    @Test
    void eachSourceMarksItsDocumentAndMarkingFilesAreNoDocuments() throws Exception {
        write("plain.md", minutes("Nothing said."));
        write("text.md", "# Minutes\n\nTLP:AMBER\n\nHeld under the Chatham House rule.\n\n" + minutes("We met."));
        write("sidecar.md", "# Minutes\n\nTLP:CLEAR\n\n" + minutes("We met."));
        write("sidecar.md.marking", "marking: TLP:RED\n");
        write("restricted/.marking", "marking: TLP:AMBER+STRICT\nchatham-house: true\n");
        write("restricted/deeper/folder.md", minutes("Nothing said."));
        write("restricted/deeper/own.md", "# Minutes\n\nTLP:GREEN\n\n" + minutes("We met."));

        List<IngestOutcome> outcomes = ingest.synchronize().get();

        assertThat(outcomes)
                .extracting(IngestOutcome::path)
                .containsExactlyInAnyOrder(
                        "plain.md", "text.md", "sidecar.md", "restricted/deeper/folder.md", "restricted/deeper/own.md");
        assertThat(handling("plain.md")).isEqualTo(new Handling(Marking.GREEN, false));
        assertThat(handling("text.md")).isEqualTo(new Handling(Marking.AMBER, true));
        assertThat(handling("sidecar.md")).isEqualTo(new Handling(Marking.RED, false));
        assertThat(handling("restricted/deeper/folder.md")).isEqualTo(new Handling(Marking.AMBER_STRICT, true));
        assertThat(handling("restricted/deeper/own.md"))
                .as("the text outranks the folder's marking; the folder's Chatham House rule still counts")
                .isEqualTo(new Handling(Marking.GREEN, true));
    }

    @Test
    void aCustomPropertyOfAWordDocumentMarksItAboveItsText() throws Exception {
        Files.write(
                corpus.resolve("minutes.docx"),
                WordPackage.withCustomProperty(
                        "TLP:GREEN " + "The delegations exchanged views on referrals. ".repeat(4),
                        "TLP",
                        "TLP:AMBER+STRICT"));

        ingest.synchronize().get();

        assertThat(handling("minutes.docx")).isEqualTo(new Handling(Marking.AMBER_STRICT, false));
    }

    @Test
    void addingChangingAndRemovingASidecarReMarksTheDocumentWithoutParsingItAgain() throws Exception {
        write("notes.md", "# Minutes\n\nTLP:AMBER\n\n" + minutes("We met."));
        ingest.synchronize().get();

        write("notes.md.marking", "TLP:CLEAR\nchatham-house: true\n");
        assertThat(refresh("notes.md.marking"))
                .extracting(IngestOutcome::path, IngestOutcome::status)
                .containsExactly(tuple("notes.md", IngestOutcome.Status.REMARKED));
        assertThat(handling("notes.md")).isEqualTo(new Handling(Marking.CLEAR, true));

        write("notes.md.marking", "TLP:RED\n");
        refresh("notes.md.marking");
        assertThat(handling("notes.md")).isEqualTo(new Handling(Marking.RED, false));

        Files.delete(corpus.resolve("notes.md.marking"));
        assertThat(refresh("notes.md.marking"))
                .extracting(IngestOutcome::status)
                .containsExactly(IngestOutcome.Status.REMARKED);
        assertThat(handling("notes.md")).as("its own text again").isEqualTo(new Handling(Marking.AMBER, false));
        assertThat(refresh("notes.md"))
                .extracting(IngestOutcome::status)
                .containsExactly(IngestOutcome.Status.UNCHANGED);
    }

    @Test
    void aFolderDefaultReMarksEveryDocumentBelowItAndTheNearestOneWins() throws Exception {
        write("team/a.md", minutes("First."));
        write("team/sub/b.md", minutes("Second."));
        write("other/c.md", minutes("Third."));
        ingest.synchronize().get();

        write("team/.marking", "TLP:AMBER\n");
        write("team/sub/.marking", "TLP:RED\n");
        List<IngestOutcome> outcomes = refresh("team/.marking", "team/sub/.marking");

        assertThat(outcomes).extracting(IngestOutcome::path).containsOnly("team/a.md", "team/sub/b.md");
        assertThat(handling("team/a.md").marking()).isEqualTo(Marking.AMBER);
        assertThat(handling("team/sub/b.md").marking()).isEqualTo(Marking.RED);
        assertThat(handling("other/c.md").marking()).isEqualTo(Marking.GREEN);
    }

    @Test
    void anUploadIsMarkedByTheDefaultOfTheUploadsFolder() throws Exception {
        write("uploads/.marking", "marking: TLP:AMBER\n");

        IngestOutcome uploaded = ingest.upload(
                "notes.md", new ByteArrayInputStream(minutes("Uploaded.").getBytes(StandardCharsets.UTF_8)));

        assertThat(uploaded.status()).isEqualTo(IngestOutcome.Status.INDEXED);
        assertThat(folder.catalog()
                        .handling(uploaded.documentId())
                        .orElseThrow()
                        .marking())
                .isEqualTo(Marking.AMBER);
    }

    @Test
    void aBrokenSidecarHoldsItsDocumentAsTightlyAsPossibleAndSaysWhy() throws Exception {
        write("notes.md", "# Minutes\n\nTLP:CLEAR\n\n" + minutes("We met."));
        write("notes.md.marking", "marking: TLP:GREN\n");

        List<IngestOutcome> outcomes = ingest.synchronize().get();

        assertThat(handling("notes.md")).isEqualTo(new Handling(Marking.RED, true));
        assertThat(outcomes.get(0).detail())
                .contains("The marking file notes.md.marking is not used: line 1: Unknown marking 'TLP:GREN'")
                .contains("held as TLP:RED under the Chatham House rule until it is fixed");
    }

    @Test
    void aSidecarRemovedWhileLessonsWasDownIsNoticedAtTheNextStart() throws Exception {
        write("notes.md", "# Minutes\n\nTLP:AMBER\n\n" + minutes("We met."));
        write("notes.md.marking", "TLP:CLEAR\n");
        ingest.synchronize().get();
        assertThat(handling("notes.md").marking()).isEqualTo(Marking.CLEAR);

        Files.delete(corpus.resolve("notes.md.marking"));
        folder.restart();
        ingest = folder.service();
        ingest.synchronize().get();

        assertThat(handling("notes.md").marking()).isEqualTo(Marking.AMBER);
    }

    @Test
    void aDocumentReadAheadTakesTheHandlingItsSourcesStateWhenItIsWritten() throws Exception {
        write("minutes.md", minutes("We met."));
        DocumentIngester ingester = folder.ingester();
        ReadFile assembled = ingester.assemble(ingester.read(corpus.resolve("minutes.md")));

        write("minutes.md.marking", "marking: TLP:AMBER\nchatham-house: false\n");
        IngestOutcome outcome = ingester.apply(assembled);
        folder.index().commit();

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.INDEXED);
        assertThat(handling("minutes.md"))
                .as("decided when written, from the sidecar that came after the file was read and assembled")
                .isEqualTo(new Handling(Marking.AMBER, false));
    }

    private Handling handling(String path) {
        return folder.catalog().handling(ContentHash.documentId(path)).orElseThrow();
    }

    @Test
    void aFilePutWhereAnOverriddenOneWasDeletedIsMarkedByItsOwnSources() throws Exception {
        write("desk/minutes.md", minutes("We met."));
        write("desk/old/notes.md", minutes("We met again."));
        ingest.synchronize().get();
        folder.handlings().override(documentId("desk/minutes.md"), Handling.of(Marking.CLEAR));
        folder.handlings().override(documentId("desk/old/notes.md"), Handling.of(Marking.CLEAR));

        Files.delete(corpus.resolve("desk/minutes.md"));
        refresh("desk/minutes.md");
        org.springframework.util.FileSystemUtils.deleteRecursively(corpus.resolve("desk/old"));
        refresh("desk/old");
        write("desk/minutes.md", "# Minutes\n\nTLP:RED\n\n" + minutes("Informants were named."));
        write("desk/old/notes.md", "# Notes\n\nTLP:AMBER\n\n" + minutes("Informants were named."));
        refresh("desk/minutes.md", "desk/old/notes.md");

        assertThat(handling("desk/minutes.md")).isEqualTo(Handling.of(Marking.RED));
        assertThat(handling("desk/old/notes.md")).isEqualTo(Handling.of(Marking.AMBER));
    }

    private static String documentId(String path) {
        return ContentHash.documentId(path);
    }

    private List<IngestOutcome> refresh(String... paths) throws Exception {
        return ingest.refresh(List.of(paths).stream().map(corpus::resolve).toList())
                .get();
    }

    private void write(String path, String content) throws IOException {
        Path file = corpus.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String minutes(String sentence) {
        return "# Minutes\n\n" + ("The delegations exchanged views on referrals. " + sentence + " ").repeat(4);
    }
}
