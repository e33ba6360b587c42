package org.lessons.enrich.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lessons.base.LessonsProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Opens the vocabulary files. Each ships in the application ({@code enrich/<name>}); a file of the same name
 * in {@code <data-dir>/enrich/} replaces it, so curators change the vocabulary without a new release.
 */
@Component
public class VocabularyFiles {

    private final Path overrides;

    public VocabularyFiles(LessonsProperties properties) {
        this.overrides = properties.dataDir().resolve("enrich");
    }

    /** A YAML file's top-level mapping, read with a safe constructor (no arbitrary types). */
    public Map<String, Object> yaml(String name) {
        try (InputStream in = open(name)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(
                        "The vocabulary file " + describe(name) + " is empty or not a mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the vocabulary file " + describe(name), e);
        }
    }

    public String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the vocabulary file " + describe(name), e);
        }
    }

    /** Where a vocabulary file is read from, for messages and the admin screen. */
    public String describe(String name) {
        Path override = overrides.resolve(name);
        return Files.isRegularFile(override) ? override.toString() : "classpath:enrich/" + name;
    }

    private InputStream open(String name) throws IOException {
        Path override = overrides.resolve(name);
        return Files.isRegularFile(override)
                ? Files.newInputStream(override)
                : new ClassPathResource("enrich/" + name).getInputStream();
    }
}
