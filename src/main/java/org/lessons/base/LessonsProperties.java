package org.lessons.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Lessons keeps its state and where it reads documents from. Both are plain folders so that several
 * instances can run side by side simply by pointing them at different folders.
 *
 * @param dataDir the index, the database and the stored originals live here
 * @param corpusDir the watched folder whose documents are ingested
 */
@ConfigurationProperties("lessons")
public record LessonsProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./corpus") Path corpusDir) {

    public LessonsProperties {
        dataDir = dataDir.toAbsolutePath().normalize();
        corpusDir = corpusDir.toAbsolutePath().normalize();
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path originalsDir() {
        return dataDir.resolve("originals");
    }

    public Path workDir() {
        return dataDir.resolve("tmp");
    }
}
