package org.lessons.ingest.internal;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lessons.base.LessonsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the half-written files a crash leaves behind: uploads and kept originals are written to a
 * {@code .partial} file and renamed when complete, so a {@code .partial} file at start-up belongs to a write that
 * never finished. Left alone they would fill the disk over many crashes. It runs while the application starts,
 * before the server takes its first request, so no live write is touched.
 */
@Component
public class PartialFileSweeper {

    private static final Logger log = LoggerFactory.getLogger(PartialFileSweeper.class);

    private final List<Path> folders;

    public PartialFileSweeper(LessonsProperties lessons) {
        this.folders = List.of(lessons.workDir(), lessons.originalsDir());
    }

    /** @return how many files were deleted */
    @PostConstruct
    public int sweep() {
        int deleted = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path partial : files.filter(
                                file -> file.getFileName().toString().endsWith(".partial"))
                        .filter(Files::isRegularFile)
                        .toList()) {
                    Files.deleteIfExists(partial);
                    deleted++;
                }
            } catch (IOException e) {
                log.warn("Could not clear interrupted writes in {}: {}", folder, e.toString());
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} half-written files that an earlier run left when it stopped abruptly", deleted);
        }
        return deleted;
    }
}
