package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessons.enrich.LessonKind;
import org.lessons.enrich.Tag;

/**
 * Decides what kind of lesson a passage states from cue phrases in each language ("lessons learned",
 * "bonne pratique", "Lücke", "se recomienda"). The cue that comes first decides, because practitioners lead
 * with what the passage is; without a cue the passage is context.
 */
final class KindClassifier {

    static final String FILE = "kinds.yaml";

    /** "It should be noted that..." states a fact, not a recommendation. */
    private static final Set<String> NOT_ADVICE_AFTER_SHOULD =
            Set.of("noted", "recalled", "mentioned", "borne", "stressed");

    private final PhraseMatcher<LessonKind> matcher;

    KindClassifier(VocabularyFiles files) {
        String source = files.describe(FILE);
        List<Term<LessonKind>> terms = new ArrayList<>();
        for (Map<String, Object> entry : TaxonomyReader.Yamls.list(files.yaml(FILE), "kinds", source)) {
            String id = TaxonomyReader.Yamls.string(entry, "id", source);
            LessonKind kind = LessonKind.fromId(id)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown lesson kind '" + id + "' in " + source));
            TaxonomyReader.Yamls.listMap(entry.get("cues"))
                    .values()
                    .forEach(cues -> cues.forEach(cue -> terms.add(Term.compile(cue, Term.CaseRule.IGNORE, kind))));
        }
        matcher = new PhraseMatcher<>(terms);
    }

    Tag classify(TokenizedText text) {
        for (PhraseMatcher.Match<LessonKind> match : matcher.find(text)) {
            if (isFactualShould(text, match)) {
                continue;
            }
            LessonKind kind = match.term().payload();
            return new Tag(
                    kind.id(),
                    kind.label(),
                    match.text(),
                    "cue '" + match.term().source() + "'");
        }
        return new Tag(LessonKind.CONTEXT.id(), LessonKind.CONTEXT.label(), "", "no cue: context");
    }

    private static boolean isFactualShould(TokenizedText text, PhraseMatcher.Match<LessonKind> match) {
        int next = match.last() + 1;
        return match.text().equalsIgnoreCase("should")
                && next + 1 < text.size()
                && text.get(next).folded().equals("be")
                && NOT_ADVICE_AFTER_SHOULD.contains(text.get(next + 1).folded());
    }
}
