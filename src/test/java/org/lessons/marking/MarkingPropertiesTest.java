package org.lessons.marking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Settings take markings as the documentation writes them, and the defaults bind too. */
class MarkingPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theShippedDefaults() {
        context.run(started -> assertThat(started.getBean(MarkingProperties.class))
                .isEqualTo(new MarkingProperties(Marking.GREEN, Marking.GREEN, Marking.AMBER)));
    }

    @Test
    void markingsAreWrittenAsLabels() {
        context.withPropertyValues(
                        "lessons.markings.default-marking=TLP:AMBER",
                        "lessons.markings.default-clearance=TLP:AMBER+STRICT",
                        "lessons.markings.attribution-clearance=tlp:red")
                .run(started -> assertThat(started.getBean(MarkingProperties.class))
                        .isEqualTo(new MarkingProperties(Marking.AMBER, Marking.AMBER_STRICT, Marking.RED)));
    }

    @Configuration
    @EnableConfigurationProperties(MarkingProperties.class)
    @Import(MarkingConverter.class)
    static class Settings {}
}
