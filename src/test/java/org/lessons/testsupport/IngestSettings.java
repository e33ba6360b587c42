package org.lessons.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lessons.ingest.IngestProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Ingest settings for tests, bound the way Spring binds {@code lessons.ingest.*}: a test names only what it
 * changes, and everything else is the shipped default.
 */
public final class IngestSettings {

    private IngestSettings() {}

    /** The defaults with the given settings changed, each as "name=value" without the prefix ("max-entries=10"). */
    public static IngestProperties with(String... settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            values.put("lessons.ingest." + setting.substring(0, equals), setting.substring(equals + 1));
        }
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("lessons.ingest", IngestProperties.class);
    }
}
