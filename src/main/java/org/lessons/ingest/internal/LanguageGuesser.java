package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.springframework.stereotype.Component;

/**
 * Guesses the language of a text with Tika's OpenNLP detector and answers ISO 639-1 codes ("fr"), which is
 * what the analysers and the language facet use. Short texts are unreliable, so callers pass a fallback.
 */
@Component
public class LanguageGuesser {

    /** Below this many characters a guess is no better than the document's language. */
    static final int MIN_CHARS = 200;

    private static final int SAMPLE_CHARS = 5000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final OpenNLPDetector detector;

    public LanguageGuesser() {
        try {
            detector = new OpenNLPDetector();
            detector.loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the language detection models", e);
        }
    }

    /**
     * The language of the text, or the fallback when the text is too short to tell. A text plainly in the
     * fallback's language (a passage in the language of its document, mostly) is answered without the detector.
     */
    public String guess(String text, String fallback) {
        if (text.length() < MIN_CHARS || FunctionWords.plainlyIn(text, fallback)) {
            return fallback;
        }
        return detect(text, fallback);
    }

    private synchronized String detect(String text, String fallback) {
        detector.reset();
        LanguageResult result = detector.detect(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        if (result.isUnknown()) {
            return fallback;
        }
        return ISO3_TO_ISO1.getOrDefault(result.getLanguage(), result.getLanguage());
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        return map;
    }
}
