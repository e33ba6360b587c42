package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.base.LessonsProperties;

class PartialFileSweeperTest {

    @TempDir
    Path dataDir;

    @Test
    void deletesTheHalfWrittenFilesOfACrashedRunAndKeepsEverythingElse() throws Exception {
        LessonsProperties lessons = new LessonsProperties(dataDir, dataDir.resolve("corpus"));
        Path upload = Files.writeString(
                Files.createDirectories(lessons.workDir()).resolve("upload123.partial"), "half an upload");
        Path original = Files.createDirectories(lessons.originalsDir().resolve("ab"));
        Path halfCopied = Files.writeString(original.resolve("ab12.partial"), "half a copy");
        Path kept = Files.writeString(original.resolve("ab" + "0".repeat(62)), "a whole copy");

        int deleted = new PartialFileSweeper(lessons).sweep();

        assertThat(deleted).isEqualTo(2);
        assertThat(upload).doesNotExist();
        assertThat(halfCopied).doesNotExist();
        assertThat(kept).hasContent("a whole copy");
    }

    @Test
    void aFirstStartWithoutFoldersFindsNothingToDelete() {
        assertThat(new PartialFileSweeper(new LessonsProperties(dataDir, dataDir.resolve("corpus"))).sweep())
                .isZero();
    }
}
