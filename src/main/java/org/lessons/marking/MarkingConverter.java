package org.lessons.marking;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads markings in settings as people write them ({@code lessons.markings.default-marking=TLP:AMBER}); Spring's
 * own enum conversion knows only the constant names, and would refuse the labels the documentation shows.
 */
@Component
@ConfigurationPropertiesBinding
class MarkingConverter implements Converter<String, Marking> {

    @Override
    public Marking convert(String text) {
        return Marking.parse(text);
    }
}
