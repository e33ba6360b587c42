package org.lessons.enrich;

import java.util.List;
import org.lessons.enrich.internal.Vocabulary;
import org.lessons.enrich.internal.VocabularyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tags passages with the tools, stages, countries, regions and organisations they speak of and the kind of
 * lesson they state, each tag with the words that triggered it. The vocabularies are data files a curator can
 * override; {@link #reload()} picks up their changes without a restart.
 */
@Service
public class Tagger {

    private static final Logger log = LoggerFactory.getLogger(Tagger.class);

    private final VocabularyFiles files;
    private volatile Vocabulary vocabulary;

    public Tagger(VocabularyFiles files) {
        this.files = files;
        this.vocabulary = Vocabulary.load(files);
        log.info(
                "Vocabulary loaded: {} taxonomy concepts from {}",
                vocabulary.taxonomy().concepts().size(),
                vocabulary.taxonomy().source());
    }

    public PassageTags tag(String text) {
        return vocabulary.tag(text, List.of());
    }

    /**
     * Tags a passage of a document that speaks for a country as a whole, such as a national contribution:
     * its passages describe that country's practice even where they do not name it.
     */
    public PassageTags tag(String text, List<Tag> documentCountries) {
        return vocabulary.tag(text, documentCountries);
    }

    /** Every concept, country and organisation with all its names. */
    public List<VocabularyEntry> entries() {
        return vocabulary.entries();
    }

    /** Phrases of a query that have synonyms, with their alternatives, for query expansion. */
    public List<SynonymMatch> synonyms(String text) {
        return vocabulary.synonyms(text);
    }

    /** The countries named in a text such as a "Participants:" line of a meeting summary. */
    public List<Tag> countries(String text) {
        return vocabulary.countries(text);
    }

    /** The English label of a concept, country, region or organisation, or the value itself if unknown. */
    public String label(String vocabularyName, String value) {
        return vocabulary.label(vocabularyName, value);
    }

    public Taxonomy taxonomy() {
        return vocabulary.taxonomy();
    }

    /**
     * Re-reads the vocabulary files; on an error the current vocabulary stays.
     *
     * @throws VocabularyException saying which file is wrong and how
     */
    public void reload() {
        try {
            vocabulary = Vocabulary.load(files);
        } catch (RuntimeException e) {
            throw new VocabularyException(e.getMessage(), e);
        }
        log.info(
                "Vocabulary reloaded: {} taxonomy concepts from {}",
                vocabulary.taxonomy().concepts().size(),
                vocabulary.taxonomy().source());
    }
}
