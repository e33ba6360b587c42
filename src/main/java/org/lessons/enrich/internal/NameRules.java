package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lessons.enrich.NameSpans.Span;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.Tag;

/**
 * The rules behind {@link org.lessons.enrich.PersonNames}. A candidate is a run of capitalised words (with initials
 * and particles such as "van der" or "de la"); it counts as a person when a rule gives a reason, and never when it
 * holds a word of an institution or overlaps something the tagger recognised.
 */
public final class NameRules {

    /**
     * A capitalised word with a lower-case letter second, so that acronyms (EU, UNODC, NL) are not names; "O'Brien"
     * and "D'Souza" too.
     */
    private static final String WORD = "(?:[OD]['’]\\p{Lu}|\\p{Lu})\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}\\p{Ll}[\\p{L}'’]*)*";

    private static final String INITIAL = "\\p{Lu}\\.(?:-?\\p{Lu}\\.)?";
    private static final String PARTICLE =
            "(?:van der|van den|van de|von der|von|van|de la|de las|de los|del|de|della|di|da|du|dos|das|ter|ten|zu|le)";
    private static final String GAP = "[ \\t\\u00A0]+";

    /** One to five words of a name on one line, ending in a capitalised word. */
    private static final String NAME =
            "(?:(?:" + INITIAL + "[ \\t\\u00A0]?|" + WORD + GAP + "(?:" + PARTICLE + GAP + ")?)){0,4}" + WORD;

    private static final String TITLES = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge"
            + "|Minister|Commissioner|Inspector|Superintendent|Chief Inspector|Chief Superintendent|Detective|Sergeant"
            + "|Constable|Colonel|Captain|Ambassador|Senator|Prosecutor|Advocate General|Rapporteur"
            + "|M|Mme|Mlle|Monsieur|Madame|monsieur|madame|Maître|Herr|Frau|Dr\\.-Ing|Sr|Sra|Srta|Dña|Dª|Don|Doña"
            + "|Señor|Señora|señor|señora|Juez|Jueza|Richter|Richterin|Ministerin|Staatsanwalt|Staatsanwältin"
            + "|Procureur|Procureure|Commissaire)";

    private static final Pattern AFTER_TITLE =
            Pattern.compile("(?<![\\p{L}])" + TITLES + "\\.?" + GAP + "((?:" + PARTICLE + GAP + ")?" + NAME + ")");

    private static final String VERBS = "(?:said|says|noted|notes|presented|presents|explained|explains|stated|added"
            + "|stressed|emphasi[sz]ed|underlined|highlighted|argued|asked|replied|answered|observed|reported"
            + "|suggested|proposed|recalled|welcomed|thanked|remarked|pointed out|concluded|agreed|informed"
            + "|a déclaré|a dit|a souligné|a présenté|a noté|a expliqué|a rappelé|a indiqué|a proposé|a conclu"
            + "|a remercié|souligne|explique|indique|sagte|erklärte|betonte|berichtete|stellte|merkte|ergänzte"
            + "|wies|fragte|dijo|señaló|explicó|presentó|destacó|subrayó|afirmó|indicó|propuso|agradeció|recordó)";

    private static final Pattern BEFORE_VERB =
            Pattern.compile("(" + NAME + ")(?:" + GAP + "\\([^)\\n]{1,40}\\))?,?" + GAP + VERBS + "(?![\\p{L}])");

    private static final Pattern AFTER_BY = Pattern.compile("(?<![\\p{L}])(?:presented|chaired|moderated|introduced"
            + "|facilitated|written|prepared|drafted|delivered|given|led|opened|closed|according to|on behalf of"
            + "|présentée? par|animée? par|présidée? par|préparée? par|rédigée? par|selon"
            + "|vorgestellt von|präsentiert von|geleitet von|moderiert von|verfasst von|laut"
            + "|presentad[oa] por|moderad[oa] por|presidid[oa] por|preparad[oa] por|redactad[oa] por|según)"
            + "(?:" + GAP + "by)?" + GAP + "(" + NAME + ")");

    /** "Jane Doe (NL):" or "Jean Martin:" at the start of a line, as minutes give the floor. */
    private static final Pattern SPEAKER = Pattern.compile(
            "(?m)^[ \\t\\u00A0\\-–•*]*(" + NAME + ")[ \\t\\u00A0]*(\\([^)\\n]{1,40}\\))?[ \\t\\u00A0]*:");

    private static final Pattern SIGNATURE =
            Pattern.compile("(?im)(?:^[ \\t]*(?:signed|signé|gezeichnet|gez\\.|firmado)"
                    + "[:,.]?[ \\t]+|(?:regards|sincerely|cordialement|grüßen|grüße|atentamente|saludos)[,.!]?[ \\t]*\\R[ \\t]*)"
                    + "(?-i)(" + NAME + ")");

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}.])" + NAME);

    private static final Pattern WORDS = Pattern.compile("[\\p{L}'’.-]+");

    private NameRules() {}

    public static List<Span> find(String text, List<String> authors, PassageTags known) {
        List<Span> protectedSpans = protectedSpans(text, known);
        List<Span> found = new ArrayList<>();
        collect(text, AFTER_TITLE, 1, 1, protectedSpans, found);
        collect(text, BEFORE_VERB, 2, 1, protectedSpans, found);
        collect(text, AFTER_BY, 1, 1, protectedSpans, found);
        collect(text, SIGNATURE, 1, 1, protectedSpans, found);
        collectSpeakers(text, protectedSpans, found);
        collectGivenNames(text, protectedSpans, found);
        for (String author : authors) {
            collectAuthor(text, author, protectedSpans, found);
        }
        return found;
    }

    /**
     * Adds each match of the pattern's group as a name, once trimmed of titles and leading function words, if it
     * has at least {@code minWords} words (or one word that is a common given name) and is not an institution.
     */
    private static void collect(
            String text, Pattern pattern, int minWords, int group, List<Span> protectedSpans, List<Span> found) {
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            trimmed(text, matcher.start(group), matcher.end(group))
                    .filter(span -> enoughWords(text, span, minWords))
                    .filter(span -> isPerson(text, span, protectedSpans))
                    .forEach(found::add);
            // "Frau Dr. Weber": the next search starts inside this name, where a second title may open another
            from = matcher.start(group) > matcher.start() ? matcher.start(group) : matcher.end();
        }
    }

    /**
     * "Jane Doe (NL):" or "Marc Dubois:". Without an affiliation the label must open with a given name, since "Next
     * Steps:" and "Key Findings:" are headings of the same shape.
     */
    private static void collectSpeakers(String text, List<Span> protectedSpans, List<Span> found) {
        Matcher matcher = SPEAKER.matcher(text);
        while (matcher.find()) {
            boolean affiliation = matcher.group(2) != null;
            trimmed(text, matcher.start(1), matcher.end(1))
                    .filter(span ->
                            affiliation || GivenNames.contains(words(text, span).get(0)))
                    .filter(span -> !NotNames.isRole(words(text, span).get(0)))
                    .filter(span -> isPerson(text, span, protectedSpans))
                    .forEach(found::add);
        }
    }

    /** A common given name followed by a surname: "Ingrid Haugen", "Jean-Pierre Martin". */
    private static void collectGivenNames(String text, List<Span> protectedSpans, List<Span> found) {
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            trimmed(text, matcher.start(), matcher.end())
                    .filter(span -> {
                        List<String> words = words(text, span);
                        return words.size() >= 2 && GivenNames.contains(words.get(0));
                    })
                    .filter(span -> isPerson(text, span, protectedSpans))
                    .forEach(found::add);
        }
    }

    /** The author's full name and surname wherever they occur as whole words. */
    private static void collectAuthor(String text, String author, List<Span> protectedSpans, List<Span> found) {
        String name = author == null ? "" : author.strip();
        List<String> words = WORDS.matcher(name).results().map(m -> m.group()).toList();
        if (words.isEmpty() || words.stream().anyMatch(NotNames::isInstitution)) {
            return;
        }
        String surname = words.get(words.size() - 1);
        Stream.of(name, surname.length() >= 3 ? surname : null)
                .filter(s -> s != null && !s.isBlank())
                .forEach(s -> {
                    Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(s) + "(?![\\p{L}])")
                            .matcher(text);
                    while (matcher.find()) {
                        Span span = new Span(matcher.start(), matcher.end());
                        if (!overlaps(span, protectedSpans)) {
                            found.add(span);
                        }
                    }
                });
    }

    /** The candidate without leading titles and function words ("The", "Le", "Minister"). */
    private static Stream<Span> trimmed(String text, int start, int end) {
        Matcher words = WORDS.matcher(text).region(start, end);
        int from = start;
        while (words.find()) {
            if (!NotNames.isLeading(words.group())) {
                from = words.start();
                break;
            }
            from = end;
        }
        return from < end ? Stream.of(new Span(from, end)) : Stream.empty();
    }

    private static boolean enoughWords(String text, Span span, int minWords) {
        List<String> words = words(text, span);
        return words.size() >= minWords || GivenNames.contains(words.get(0));
    }

    private static boolean isPerson(String text, Span span, List<Span> protectedSpans) {
        List<String> words = words(text, span);
        return !words.isEmpty()
                && words.stream().noneMatch(NotNames::isInstitution)
                && !overlaps(span, protectedSpans)
                && !NotNames.followedByInstitution(text, span.end());
    }

    private static List<String> words(String text, Span span) {
        return WORDS.matcher(text.substring(span.start(), span.end()))
                .results()
                .map(m -> m.group())
                .toList();
    }

    private static boolean overlaps(Span span, List<Span> others) {
        return others.stream().anyMatch(o -> o.start() < span.end() && span.start() < o.end());
    }

    /** Every occurrence of every phrase the tagger recognised: a country, an organisation, a tool, a stage. */
    private static List<Span> protectedSpans(String text, PassageTags known) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Span> spans = new ArrayList<>();
        Stream.of(known.tools(), known.stages(), known.countries(), known.regions(), known.organisations())
                .flatMap(List::stream)
                .map(Tag::matched)
                .filter(matched -> matched != null && !matched.isBlank())
                .map(matched -> matched.toLowerCase(Locale.ROOT))
                .distinct()
                .forEach(matched -> {
                    for (int at = lower.indexOf(matched); at >= 0; at = lower.indexOf(matched, at + 1)) {
                        spans.add(new Span(at, at + matched.length()));
                    }
                });
        return spans;
    }
}
