package org.lessons.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.TestIndex;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Measures the tagger against the hand-labelled evaluation set and fails below the quality the issue asks
 * for. The figures are printed so that every vocabulary change can be judged by them.
 */
class TaggerEvaluationTest {

    private static Tagger tagger;
    private static List<Labelled> passages;
    private static final Map<String, String> errors = new LinkedHashMap<>();

    record Labelled(
            String id,
            String language,
            String text,
            Set<String> tools,
            Set<String> countries,
            Set<String> organisations,
            String kind) {}

    /** Micro-averaged precision and recall over all passages. */
    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return "P=%.3f R=%.3f (tp %d, fp %d, fn %d)"
                    .formatted(precision(), recall(), truePositives, falsePositives, falseNegatives);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        tagger = TestIndex.tagger(Path.of("target", "no-overrides"));
        try (InputStream in = TaggerEvaluationTest.class.getResourceAsStream("/enrich/evaluation-set.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            passages = new ArrayList<>();
            for (Object item : (List<?>) root.get("passages")) {
                Map<?, ?> entry = (Map<?, ?>) item;
                passages.add(new Labelled(
                        String.valueOf(entry.get("id")),
                        String.valueOf(entry.get("language")),
                        String.valueOf(entry.get("text")),
                        set(entry.get("tools")),
                        set(entry.get("countries")),
                        set(entry.get("organisations")),
                        String.valueOf(entry.get("kind"))));
            }
        }
    }

    @Test
    void theSetIsLargeAndMultilingualEnough() {
        assertThat(passages).hasSizeGreaterThanOrEqualTo(150);
        assertThat(passages.stream().map(Labelled::language).distinct()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void countriesArePreciseAndComplete() {
        Score score = score("countries", Labelled::countries, tags -> values(tags.countries()));
        assertThat(score.precision()).as("country precision").isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as("country recall").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void organisationsArePreciseAndComplete() {
        Score score = score("organisations", Labelled::organisations, tags -> values(tags.organisations()));
        assertThat(score.precision()).as("organisation precision").isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as("organisation recall").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void toolsArePreciseAndCompleteCountingBroaderConcepts() {
        Score score =
                score("tools", passage -> withBroader(passage.tools()), tags -> withBroader(values(tags.tools())));
        assertThat(score.precision()).as("tool precision").isGreaterThanOrEqualTo(0.85);
        assertThat(score.recall()).as("tool recall").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void theKindOfLessonIsMostlyRight() {
        long right = 0;
        for (Labelled passage : passages) {
            String kind = tagger.tag(passage.text()).kind().value();
            if (kind.equals(passage.kind())) {
                right++;
            } else {
                errors.put(passage.id() + " kind", "expected " + passage.kind() + ", got " + kind);
            }
        }
        double accuracy = (double) right / passages.size();
        System.out.printf("Tagger evaluation, kind: accuracy=%.3f (%d of %d)%n", accuracy, right, passages.size());
        assertThat(accuracy).as("kind accuracy").isGreaterThanOrEqualTo(0.80);
    }

    private Score score(
            String dimension, Function<Labelled, Set<String>> expected, Function<PassageTags, Set<String>> actual) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Labelled passage : passages) {
            Set<String> truth = expected.apply(passage);
            PassageTags tags = tagger.tag(passage.text());
            Set<String> found = actual.apply(tags);
            for (String value : found) {
                if (truth.contains(value)) {
                    tp++;
                } else {
                    fp++;
                    errors.put(
                            passage.id() + " " + dimension + " +" + value,
                            evidence(tags, value) + " | " + passage.text());
                }
            }
            for (String value : truth) {
                if (!found.contains(value)) {
                    fn++;
                    errors.put(passage.id() + " " + dimension + " -" + value, passage.text());
                }
            }
        }
        Score score = new Score(tp, fp, fn);
        System.out.printf("Tagger evaluation, %s: %s%n", dimension, score);
        writeErrors(dimension);
        return score;
    }

    /** Every miss, with the words that triggered a wrong tag, for whoever tunes the vocabulary. */
    private static void writeErrors(String dimension) {
        StringBuilder report = new StringBuilder();
        errors.entrySet().stream()
                .filter(e -> e.getKey().contains(" " + dimension + " "))
                .forEach(e -> report.append(e.getKey())
                        .append(": ")
                        .append(e.getValue())
                        .append("\n"));
        try {
            Path file = Path.of("target", "tagger-evaluation-" + dimension + ".txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String evidence(PassageTags tags, String value) {
        return java.util.stream.Stream.of(tags.tools(), tags.countries(), tags.organisations())
                .flatMap(List::stream)
                .filter(tag -> value.equals(tag.value())
                        || tagger.taxonomy().path(tag.value()).contains(value))
                .map(tag -> "'" + tag.matched() + "' by " + tag.rule())
                .collect(Collectors.joining("; "));
    }

    private static Set<String> withBroader(Set<String> concepts) {
        Set<String> expanded = new HashSet<>();
        concepts.forEach(concept -> expanded.addAll(tagger.taxonomy().path(concept)));
        return expanded;
    }

    private static Set<String> values(List<Tag> tags) {
        return tags.stream().map(Tag::value).collect(Collectors.toSet());
    }

    private static Set<String> set(Object value) {
        if (value == null) {
            return Set.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
