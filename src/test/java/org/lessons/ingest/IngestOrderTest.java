package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.testsupport.BadFiles;

/**
 * The files of a folder are applied to the index in their order while the ones after them are parsed ahead, and a
 * file that kills the parse worker while it is read ahead fails alone: the files around it are indexed.
 */
class IngestOrderTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path corpus;

    @Test
    void aFileThatKillsTheParserAmidTheFolderFailsAloneAndEveryOtherFileIsIndexedInOrder() throws Exception {
        for (String name : List.of("1-freezing.md", "2-probation.md", "4-mentors.md", "5-prisons.md", "6-courts.md")) {
            Files.writeString(corpus.resolve(name), "# Minutes\n\n" + ("Notes on " + name + ". ").repeat(5));
        }
        BadFiles.largeDocx(corpus.resolve("3-large.docx"), 10); // more than a 64 MB worker can hold

        List<IngestOutcome> outcomes;
        try (FolderIngest folder = new FolderIngest(dataDir, corpus, "worker-heap=64m", "watch=false")) {
            outcomes = folder.service().synchronize().get();

            assertThat(folder.service().status().documents()).isEqualTo(5);
        }

        assertThat(outcomes)
                .extracting(IngestOutcome::path, IngestOutcome::status, IngestOutcome::reason)
                .containsExactly(
                        tuple("1-freezing.md", IngestOutcome.Status.INDEXED, null),
                        tuple("2-probation.md", IngestOutcome.Status.INDEXED, null),
                        tuple("3-large.docx", IngestOutcome.Status.FAILED, FailureReason.PARSER_CRASHED.code()),
                        tuple("4-mentors.md", IngestOutcome.Status.INDEXED, null),
                        tuple("5-prisons.md", IngestOutcome.Status.INDEXED, null),
                        tuple("6-courts.md", IngestOutcome.Status.INDEXED, null));
    }
}
