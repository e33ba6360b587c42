package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lessons.enrich.Tag;

/**
 * Recognises countries by their names in English, French, German, Spanish, Italian and Dutch (from the JDK's
 * locale data) and by demonyms and adjectives (from a vocabulary file). Context rules keep out the classic false
 * positives: Georgia the US state, Jordan or Chad as first names, the bird, the guinea pig, French fries, and
 * adjectives used as language names ("translated from French").
 */
final class CountryRecognizer {

    static final String FILE = "country-adjectives.tsv";
    private static final List<Locale> LANGUAGES = List.of(
            Locale.ENGLISH,
            Locale.FRENCH,
            Locale.GERMAN,
            Locale.forLanguageTag("es"),
            Locale.ITALIAN,
            Locale.forLanguageTag("nl"));
    /** Territories whose names are mostly other words here ("Réunion" is a meeting, "Jersey" a US state). */
    private static final Set<String> NOT_BY_NAME = Set.of("RE", "JE", "GG", "IM", "AQ", "UM", "BV", "HM", "TF", "SJ");
    /** English country names that are also common first names. */
    private static final Set<String> FIRST_NAMES = Set.of("jordan", "chad");

    private static final Set<String> FOOD_AND_ANIMALS = Set.of(
            "fries",
            "toast",
            "cheese",
            "pastry",
            "delight",
            "oven",
            "sprouts",
            "dressing",
            "bread",
            "mustard",
            "pig",
            "pigs",
            "sandwich",
            "sandwiches",
            "dinner",
            "roast",
            "horn",
            "kiss",
            "fowl",
            "army",
            "knife",
            "taschenmesser",
            "porcelain",
            "cabinet");
    /** Words before a name or adjective that make it an idiom or an object: "double Dutch", "antique China". */
    private static final Set<String> IDIOM_BEFORE =
            Set.of("double", "antique", "bone", "fine", "north", "south", "latin", "central");

    private static final Set<String> LANGUAGE_NOUNS_AFTER = Set.of(
            "language",
            "languages",
            "speaking",
            "speaker",
            "speakers",
            "translation",
            "translations",
            "translator",
            "translators",
            "subtitles",
            "sprachig",
            "sprachige",
            "sprachigen",
            "hablante",
            "hablantes",
            "francophone",
            "francophones");
    /** Prepositions after which an adjective is a language whatever follows: "auf Deutsch", "en français". */
    private static final Set<String> ALWAYS_LANGUAGE_AFTER = Set.of("auf", "en");

    private static final Set<String> LANGUAGE_PREPOSITIONS = Set.of("in", "into", "from", "ins", "aus", "al", "del");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "et", "ou", "und", "oder", "y", "o", "e", "en");
    private static final Set<String> COUNTRY_CONTEXT_BEFORE = Set.of(
            "in",
            "from",
            "to",
            "of",
            "with",
            "and",
            "or",
            "en",
            "de",
            "du",
            "au",
            "aux",
            "et",
            "nach",
            "aus",
            "und",
            "y",
            "desde",
            "con",
            "a",
            "para",
            "por",
            "between",
            "including",
            "like",
            "such",
            "as",
            "visited",
            "la",
            "le",
            "el",
            "die",
            "der");
    /** Words near "Georgia" that point to the US state rather than the country. */
    private static final Set<String> US_CONTEXT = Set.of(
            "atlanta",
            "savannah",
            "usa",
            "american",
            "americain",
            "americaine",
            "americano",
            "amerikanisch",
            "amerikanische",
            "amerikanischen",
            "state",
            "states",
            "etat",
            "etats",
            "estado",
            "estados",
            "bundesstaat",
            "bundesstaaten");

    private static final int US_CONTEXT_WINDOW = 12;

    private final PhraseMatcher<CountryTerm> matcher;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    /** What a term names: a country, and whether the term is an adjective (which can also name a language). */
    record CountryTerm(String code, boolean adjective) {}

    CountryRecognizer(VocabularyFiles files) {
        List<Term<CountryTerm>> terms = new ArrayList<>();
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        for (String code : codes) {
            Locale country = new Locale("", code);
            labels.put(code, country.getDisplayCountry(Locale.ENGLISH));
            if (NOT_BY_NAME.contains(code)) {
                continue;
            }
            for (Locale language : LANGUAGES) {
                String name = country.getDisplayCountry(language)
                        .replaceAll("\\(.*?\\)", "")
                        .strip();
                if (!name.isEmpty() && !name.equals(code)) {
                    terms.add(Term.compile(name, Term.CaseRule.CAPITALISED, new CountryTerm(code, false)));
                    List<String> known = names.computeIfAbsent(code, c -> new ArrayList<>());
                    if (!known.contains(name)) {
                        known.add(name);
                    }
                    if (language.equals(Locale.GERMAN) && !name.endsWith("s")) {
                        // German genitive: "die Behörden Deutschlands, Österreichs und der Schweiz"
                        terms.add(Term.compile(name + "s", Term.CaseRule.CAPITALISED, new CountryTerm(code, false)));
                    }
                }
            }
        }
        readAdjectives(files, terms);
        matcher = new PhraseMatcher<>(terms);
    }

    private static void readAdjectives(VocabularyFiles files, List<Term<CountryTerm>> terms) {
        for (String line : files.text(FILE).split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException(
                        "Expected 'code<TAB>language<TAB>forms' in " + files.describe(FILE) + " but found: " + line);
            }
            String code = columns[0].strip().toUpperCase(Locale.ROOT);
            for (String form : columns[2].split("\\|")) {
                if (!form.isBlank()) {
                    String written = form.strip();
                    boolean capital =
                            Character.isUpperCase(written.replace("=", "").codePointAt(0));
                    terms.add(Term.compile(
                            written,
                            capital ? Term.CaseRule.CAPITALISED : Term.CaseRule.IGNORE,
                            new CountryTerm(code, true)));
                }
            }
        }
    }

    List<Tag> recognise(TokenizedText text) {
        Map<String, Tag> found = new LinkedHashMap<>();
        PhraseMatcher.Match<CountryTerm> previousLanguage = null;
        for (PhraseMatcher.Match<CountryTerm> match : Overlaps.longestFirst(matcher.find(text))) {
            CountryTerm term = match.term().payload();
            if (term.adjective() && namesALanguage(text, match, previousLanguage)) {
                previousLanguage = match;
                continue;
            }
            if (isFoodOrAnimal(text, match)
                    || isIdiom(text, match)
                    || isUsState(text, match, term)
                    || isFirstName(text, match, term)
                    || (term.code().equals("MX") && precededBy(text, match, "new"))) {
                continue;
            }
            found.computeIfAbsent(
                    term.code(),
                    code -> new Tag(
                            code,
                            labels.get(code),
                            match.text(),
                            (term.adjective() ? "adjective '" : "name '")
                                    + match.term().source() + "'"));
        }
        return List.copyOf(found.values());
    }

    /** The names of each country in the supported languages, for type-ahead. */
    Map<String, List<String>> names() {
        return names;
    }

    String label(String code) {
        return labels.getOrDefault(code, code);
    }

    /** "in French", "auf Deutsch", "from German into English", "in French, German and Spanish", "Spanish-language". */
    private static boolean namesALanguage(
            TokenizedText text,
            PhraseMatcher.Match<CountryTerm> match,
            PhraseMatcher.Match<CountryTerm> previousLanguage) {
        int next = match.last() + 1;
        if (next < text.size() && LANGUAGE_NOUNS_AFTER.contains(text.get(next).folded())) {
            return true;
        }
        if (match.first() == 0) {
            return false;
        }
        String before = text.get(match.first() - 1).folded();
        if (ALWAYS_LANGUAGE_AFTER.contains(before)) {
            return true;
        }
        boolean listed = CONJUNCTIONS.contains(before)
                || text.gapAfter(match.first() - 1).contains(",");
        if (listed && previousLanguage != null && previousLanguage.last() >= match.first() - 2) {
            return true;
        }
        boolean endsPhrase = next >= text.size()
                || !text.gapAfter(match.last()).isBlank()
                || CONJUNCTIONS.contains(text.get(next).folded())
                || LANGUAGE_PREPOSITIONS.contains(text.get(next).folded());
        return endsPhrase && LANGUAGE_PREPOSITIONS.contains(before);
    }

    private static boolean isIdiom(TokenizedText text, PhraseMatcher.Match<CountryTerm> match) {
        return match.first() > 0
                && IDIOM_BEFORE.contains(text.get(match.first() - 1).folded());
    }

    private static boolean isFoodOrAnimal(TokenizedText text, PhraseMatcher.Match<CountryTerm> match) {
        int next = match.last() + 1;
        return next < text.size() && FOOD_AND_ANIMALS.contains(text.get(next).folded());
    }

    /** Georgia near Atlanta, "Georgia, USA", "the state of Georgia", "U.S. state". */
    private static boolean isUsState(TokenizedText text, PhraseMatcher.Match<CountryTerm> match, CountryTerm term) {
        if (!term.code().equals("GE") || term.adjective()) {
            return false;
        }
        int from = Math.max(0, match.first() - US_CONTEXT_WINDOW);
        int to = Math.min(text.size() - 1, match.last() + US_CONTEXT_WINDOW);
        for (int i = from; i <= to; i++) {
            TokenizedText.Token token = text.get(i);
            if (US_CONTEXT.contains(token.folded())
                    || token.original().equals("US")
                    || (token.original().equals("U")
                            && i + 1 < text.size()
                            && text.get(i + 1).original().equals("S"))) {
                return true;
            }
        }
        return match.first() >= 2
                && text.get(match.first() - 1).folded().equals("of")
                && text.get(match.first() - 2).folded().equals("state");
    }

    /** "Jordan Smith", "our colleague Chad": an ambiguous name needs a country context before it. */
    private static boolean isFirstName(TokenizedText text, PhraseMatcher.Match<CountryTerm> match, CountryTerm term) {
        if (term.adjective()
                || match.length() > 1
                || !FIRST_NAMES.contains(match.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int next = match.last() + 1;
        if (next < text.size()
                && text.gapAfter(match.last()).isBlank()
                && text.get(next).capitalised()) {
            return true;
        }
        if (match.first() == 0) {
            return true;
        }
        String before = text.get(match.first() - 1).folded();
        boolean inAList = text.gapAfter(match.first() - 1).contains(",")
                && text.get(match.first() - 1).capitalised();
        return !COUNTRY_CONTEXT_BEFORE.contains(before) && !inAList;
    }

    private static boolean precededBy(TokenizedText text, PhraseMatcher.Match<CountryTerm> match, String word) {
        return match.first() > 0 && text.get(match.first() - 1).folded().equals(word);
    }
}
