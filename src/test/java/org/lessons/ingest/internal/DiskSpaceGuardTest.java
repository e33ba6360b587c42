package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.base.LessonsProperties;
import org.springframework.util.unit.DataSize;

/** The guard remembers the disk of each folder, and still answers when a folder goes away or comes later. */
class DiskSpaceGuardTest {

    @TempDir
    Path temp;

    @Test
    void foldersThatComeAndGoAreMeasuredOnTheDiskTheyAreOrWouldBeOn() throws Exception {
        Path data = temp.resolve("data");
        Path corpus = temp.resolve("corpus");
        DiskSpaceGuard guard = new DiskSpaceGuard(new LessonsProperties(data, corpus), () -> DataSize.ofBytes(1));

        assertThat(guard.shortage()).isEmpty(); // neither exists yet
        Files.createDirectories(data);
        Files.createDirectories(corpus);
        assertThat(guard.shortage()).isEmpty();
        Files.delete(corpus);
        assertThat(guard.shortage()).isEmpty();
    }
}
