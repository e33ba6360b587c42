package org.lessons.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The index schema, in one place. Each passage is a Lucene document; each source file also has one "document"
 * record that holds its metadata and ingest outcome. Both kinds share {@link #DOCUMENT_ID} so that a file's
 * whole block is replaced atomically when it changes.
 */
public final class LessonFields {

    /** "passage" or "document": keyword, so searches filter to passages with a cheap term query. */
    public static final String RECORD = "record";

    public static final String RECORD_PASSAGE = "passage";
    public static final String RECORD_DOCUMENT = "document";

    /** Keyword, stored: the id of the source document, on every record of it; the unit of replacement. */
    public static final String DOCUMENT_ID = "documentId";

    /** Keyword, stored: the passage id, stable as long as the file's content does not change. */
    public static final String PASSAGE_ID = "passageId";

    /** Keyword, stored: the corpus-relative path; prefix queries on it delete a removed folder. */
    public static final String PATH = "path";

    /**
     * Passage text: analysed with the analyser of the passage's own language (stemming, stop words), stored
     * for display, with offsets in the postings so that highlighting does not have to re-analyse.
     */
    public static final String TEXT = "text";

    /** Title and section path, analysed like the text so that headings match the same word forms. */
    public static final String TITLE = "title";

    public static final String SECTION = "section";

    /**
     * The passage's words folded but not stemmed, not stored: the vocabulary behind type-ahead and "did you
     * mean", which must offer words as people write them rather than stems.
     */
    public static final String WORDS = "words";

    /** Stored only: display fields of a hit. */
    public static final String PAGE = "page";

    public static final String ORDINAL = "ordinal";
    public static final String LANGUAGE = "language";
    public static final String DOC_TYPE = "docType";
    public static final String FORMAT = "format";

    /** The document date: a stored ISO date, and the epoch day as a point plus doc value for ranges and sorts. */
    public static final String DATE = "date";

    public static final String DATE_DAY = "dateDay";

    /**
     * Stored only, on document records. Lucene requires a field name to have one schema across the index, so
     * the record's title cannot share the analysed {@link #TITLE} field of passages.
     */
    public static final String DOCUMENT_TITLE = "documentTitle";

    /** Stored only, on document records: provenance and outcome. */
    public static final String SHA256 = "sha256";

    public static final String SIZE = "sizeBytes";
    public static final String MODIFIED = "lastModified";
    public static final String MEDIA_TYPE = "mediaType";
    public static final String AUTHORS = "authors";
    public static final String PAGE_COUNT = "pageCount";
    public static final String PASSAGE_COUNT = "passageCount";
    public static final String OUTCOME = "outcome";
    public static final String FAILURE_REASON = "failureReason";
    public static final String FAILURE_DETAIL = "failureDetail";
    public static final String INGESTED_AT = "ingestedAt";

    /**
     * On passages: when this passage text first entered the index, in epoch milliseconds; a point for "new
     * since" ranges, a doc value for the "recently added" order, stored so that re-tagging and re-ingesting a
     * changed file can carry it over. It is not the document's {@link #INGESTED_AT}, which moves whenever the
     * file changes.
     */
    public static final String FIRST_INDEXED = "firstIndexed";

    /**
     * Stored only, on document records and on every passage of the document, so that a hit can cite its event
     * without a second lookup, like its title and date.
     */
    public static final String EVENT = "event";

    /**
     * Keyword, stored, on every record (passages, document records, failures): the document's marking as its label,
     * such as {@code TLP:AMBER}. Indexed so that the search layer can keep every search to the markings the viewer
     * may see with one cheap term filter; a failure carries one too, since a file name alone can be sensitive.
     */
    public static final String MARKING = "marking";

    /**
     * Keyword ("true" or "false"), stored, on every record: whether the document is held under the Chatham House
     * rule. Indexed so that the withheld documents can be found without reading every record.
     */
    public static final String CHATHAM_HOUSE = "chathamHouse";

    /**
     * Stored only, on passages of documents held under the Chatham House rule: where the passage text names people,
     * as {@code start-end} character ranges ({@code enrich.NameSpans}). Found once when the passage is written, with
     * the document's authors and the passage's tags at hand, so that every read (hits, snippets, the document, exports)
     * withholds exactly the same words cheaply, without the authors and without running the finder again. The same
     * ranges are blanked in what {@link #TEXT} and {@link #WORDS} index, so that a name is never a term a search can
     * match or a suggestion propose; blanked with spaces, so that every other word keeps its highlight offsets.
     * Titles and section headings are short and hold no authors: their names are found from their text alone.
     */
    public static final String NAMES_IN_TEXT = "namesInText";

    /** Stored only: the passage's tags with their evidence, as JSON, for display and for re-tagging. */
    public static final String TAGS = "tags";

    /** Stored only, on document records: the participating countries with evidence, as JSON. */
    public static final String PARTICIPANTS = "participants";

    /** Stored only, on document records: the country a national contribution speaks for, as JSON. */
    public static final String ORIGIN = "origin";

    /** Fields a free-text query searches, and how much a match in each counts. */
    public static final List<WeightedField> SEARCHED_FIELDS =
            List.of(new WeightedField(TEXT, 1.0f), new WeightedField(TITLE, 0.5f), new WeightedField(SECTION, 1.0f));

    private LessonFields() {}

    /**
     * The single facet configuration. Sorted-set doc values need no side-car taxonomy index, which keeps one
     * writer and one commit per batch; they support the hierarchical tool facet since Lucene 9.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dimension : FacetDimension.values()) {
            config.setMultiValued(dimension.id(), dimension.multiValued());
            config.setHierarchical(dimension.id(), dimension.hierarchical());
        }
        return config;
    }

    /** A searched field and its boost. */
    public record WeightedField(String name, float boost) {}

    /** The records of the file at a corpus path, or of every file below it when the path is a folder. */
    public static Query atPath(String relativePath) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PATH, relativePath)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(PATH, relativePath + "/")), BooleanClause.Occur.SHOULD)
                .build();
    }
}
