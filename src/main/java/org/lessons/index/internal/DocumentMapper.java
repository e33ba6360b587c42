package org.lessons.index.internal;

import static org.lessons.index.LessonFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.lessons.enrich.NameSpans;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.PersonNames;
import org.lessons.enrich.Tag;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.Taxonomy;
import org.lessons.index.DocumentFormat;
import org.lessons.index.DocumentMetadata;
import org.lessons.index.DocumentSummary;
import org.lessons.index.DocumentType;
import org.lessons.index.FacetDimension;
import org.lessons.index.FailedDocument;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.SourceFile;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;

/** Translates between the index records and Lucene documents; the only place that knows both shapes. */
public final class DocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Tag>> TAG_LIST = new TypeReference<>() {};

    private final LanguageAnalyzers analyzers;
    private final FacetsConfig facetsConfig;
    private final Tagger tagger;

    public DocumentMapper(LanguageAnalyzers analyzers, FacetsConfig facetsConfig, Tagger tagger) {
        this.analyzers = analyzers;
        this.facetsConfig = facetsConfig;
        this.tagger = tagger;
    }

    /** The document record first, then its passages, to be written as one block. */
    public List<Document> toLucene(IndexedDocument document) {
        List<Document> block = new ArrayList<>();
        Document record = sourceRecord(
                document.id(),
                document.source(),
                "indexed",
                document.ingestedAt(),
                document.metadata().handling());
        addMetadata(record, document.metadata());
        record.add(new StoredField(PASSAGE_COUNT, document.passages().size()));
        block.add(record);
        for (IndexedPassage passage : document.passages()) {
            block.add(passage(document, passage));
        }
        return block;
    }

    public Document toLucene(FailedDocument failure) {
        Document record = sourceRecord(failure.id(), failure.source(), "failed", failure.at(), failure.handling());
        record.add(new StoredField(DOCUMENT_TITLE, fileName(failure.source().path())));
        record.add(new StoredField(FAILURE_REASON, failure.reason()));
        record.add(new StoredField(FAILURE_DETAIL, failure.detail()));
        record.add(new StoredField(PASSAGE_COUNT, 0));
        return record;
    }

    private Document sourceRecord(String id, SourceFile source, String outcome, Instant at, Handling handling) {
        Document record = new Document();
        record.add(new KeywordField(RECORD, RECORD_DOCUMENT, Field.Store.NO));
        record.add(new KeywordField(DOCUMENT_ID, id, Field.Store.YES));
        addHandling(record, handling);
        record.add(new KeywordField(PATH, source.path(), Field.Store.YES));
        record.add(new KeywordField(OUTCOME, outcome, Field.Store.YES));
        record.add(new StoredField(SHA256, source.sha256()));
        record.add(new StoredField(SIZE, source.sizeBytes()));
        record.add(new StoredField(MODIFIED, source.lastModifiedMillis()));
        record.add(new StoredField(INGESTED_AT, at.toEpochMilli()));
        return record;
    }

    private void addMetadata(Document record, DocumentMetadata metadata) {
        record.add(new StoredField(DOCUMENT_TITLE, metadata.title()));
        record.add(new StoredField(DOC_TYPE, metadata.docType().value()));
        record.add(new StoredField(LANGUAGE, metadata.language()));
        record.add(new StoredField(FORMAT, metadata.format().value()));
        record.add(new StoredField(MEDIA_TYPE, metadata.mediaType()));
        record.add(new StoredField(PAGE_COUNT, metadata.pageCount()));
        if (metadata.event() != null) {
            record.add(new StoredField(EVENT, metadata.event()));
        }
        record.add(new StoredField(PARTICIPANTS, json(metadata.participants())));
        record.add(new StoredField(ORIGIN, json(metadata.origin())));
        metadata.authors().forEach(author -> record.add(new StoredField(AUTHORS, author)));
        addDate(record, metadata.date());
    }

    private Document passage(IndexedDocument document, IndexedPassage passage) {
        DocumentMetadata metadata = document.metadata();
        var analyzer = analyzers.forLanguage(passage.language());
        Document doc = new Document();
        doc.add(new KeywordField(RECORD, RECORD_PASSAGE, Field.Store.NO));
        doc.add(new KeywordField(DOCUMENT_ID, document.id(), Field.Store.YES));
        doc.add(new KeywordField(PASSAGE_ID, passage.id(), Field.Store.YES));
        addHandling(doc, metadata.handling());
        doc.add(new KeywordField(PATH, document.source().path(), Field.Store.NO));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        boolean chathamHouse = metadata.handling().chathamHouse();
        NameSpans names =
                chathamHouse ? PersonNames.find(passage.text(), metadata.authors(), passage.tags()) : NameSpans.NONE;
        if (chathamHouse) {
            doc.add(new StoredField(NAMES_IN_TEXT, names.encode()));
        }
        doc.add(new LanguageTextField(TEXT, passage.text(), names.blanked(passage.text()), analyzer));
        doc.add(new LanguageTextField(TITLE, metadata.title(), withoutNames(metadata.title(), chathamHouse), analyzer));
        doc.add(new LanguageTextField(
                SECTION, passage.section(), withoutNames(passage.section(), chathamHouse), analyzer));
        doc.add(new TextField(WORDS, names.blanked(passage.text()), Field.Store.NO));
        doc.add(new StoredField(LANGUAGE, passage.language()));
        doc.add(new StoredField(DOC_TYPE, metadata.docType().value()));
        doc.add(new StoredField(FORMAT, metadata.format().value()));
        if (metadata.event() != null) {
            doc.add(new StoredField(EVENT, metadata.event()));
        }
        if (passage.page() != null) {
            doc.add(new StoredField(PAGE, passage.page()));
        }
        addDate(doc, metadata.date());
        Instant firstIndexed = passage.firstIndexed() == null ? document.ingestedAt() : passage.firstIndexed();
        doc.add(new LongField(FIRST_INDEXED, firstIndexed.toEpochMilli(), Field.Store.YES));
        addFacet(doc, FacetDimension.DOC_TYPE, metadata.docType().value());
        addFacet(doc, FacetDimension.LANGUAGE, passage.language());
        addFacet(doc, FacetDimension.FORMAT, metadata.format().value());
        if (metadata.date() != null) {
            addFacet(doc, FacetDimension.YEAR, Integer.toString(metadata.date().getYear()));
        }
        addTags(doc, passage.tags(), metadata.participants());
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build facet fields for passage " + passage.id(), e);
        }
    }

    /** A heading as the index analyses it: in a Chatham House document, without the names of people. */
    private static String withoutNames(String heading, boolean chathamHouse) {
        return chathamHouse ? PersonNames.inHeading(heading).blanked(heading) : heading;
    }

    /**
     * Where a passage's text names people: as found when it was written, or, for a passage written before names were
     * found (or before its document was held under the Chatham House rule), found now from its text and tags.
     */
    public static NameSpans namesInText(Document passage) {
        String stored = passage.get(NAMES_IN_TEXT);
        return stored != null
                ? NameSpans.decode(stored)
                : PersonNames.find(passage.get(TEXT), List.of(), tags(passage));
    }

    private void addTags(Document doc, PassageTags tags, List<Tag> participants) {
        doc.add(new StoredField(TAGS, json(tags)));
        Taxonomy taxonomy = tagger.taxonomy();
        for (Tag tool : tags.tools()) {
            doc.add(new SortedSetDocValuesFacetField(
                    FacetDimension.TOOL.id(), taxonomy.path(tool.value()).toArray(String[]::new)));
        }
        tags.stages().forEach(tag -> addFacet(doc, FacetDimension.STAGE, tag.value()));
        tags.countries().forEach(tag -> addFacet(doc, FacetDimension.COUNTRY, tag.value()));
        tags.regions().forEach(tag -> addFacet(doc, FacetDimension.REGION, tag.value()));
        tags.organisations().forEach(tag -> addFacet(doc, FacetDimension.ORGANISATION, tag.value()));
        addFacet(doc, FacetDimension.KIND, tags.kind().value());
        participants.forEach(tag -> addFacet(doc, FacetDimension.PARTICIPANT_COUNTRY, tag.value()));
    }

    private static void addHandling(Document doc, Handling handling) {
        doc.add(new KeywordField(MARKING, handling.marking().label(), Field.Store.YES));
        doc.add(new KeywordField(CHATHAM_HOUSE, Boolean.toString(handling.chathamHouse()), Field.Store.YES));
    }

    /**
     * The handling stored with any record. A record without one was written before documents had markings; it is
     * handled as strictly as the scale allows (TLP:RED, not attributable) until it is re-ingested or re-marked, so
     * that nothing sensitive in an old index becomes visible by upgrading.
     */
    public static Handling handling(Document doc) {
        String marking = doc.get(MARKING);
        if (marking == null) {
            return new Handling(Marking.RED, true);
        }
        String chathamHouse = doc.get(CHATHAM_HOUSE);
        return new Handling(Marking.parse(marking), chathamHouse == null || Boolean.parseBoolean(chathamHouse));
    }

    private static void addFacet(Document doc, FacetDimension dimension, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension.id(), value));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tags could not be written as JSON", e);
        }
    }

    /** The tags stored with a passage. */
    public static PassageTags tags(Document doc) {
        String stored = doc.get(TAGS);
        try {
            return stored == null ? PassageTags.NONE : JSON.readValue(stored, PassageTags.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not readable: " + e.getMessage(), e);
        }
    }

    /** The participating countries stored with a document record. */
    public static List<Tag> participants(Document record) {
        return tagList(record, PARTICIPANTS);
    }

    /** The country a document speaks for, stored with its record. */
    public static List<Tag> origin(Document record) {
        return tagList(record, ORIGIN);
    }

    private static List<Tag> tagList(Document record, String field) {
        String stored = record.get(field);
        try {
            return stored == null ? List.of() : JSON.readValue(stored, TAG_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + field + " are not readable: " + e.getMessage(), e);
        }
    }

    private static void addDate(Document doc, LocalDate date) {
        if (date != null) {
            doc.add(new StoredField(DATE, date.toString()));
            doc.add(new LongField(DATE_DAY, date.toEpochDay(), Field.Store.NO));
        }
    }

    /** Reads a document record's stored fields back. */
    public static DocumentSummary summary(Document record) {
        Handling handling = handling(record);
        return new DocumentSummary(
                record.get(DOCUMENT_ID),
                record.get(PATH),
                record.get(DOCUMENT_TITLE),
                date(record),
                record.get(DOC_TYPE),
                record.get(LANGUAGE),
                record.get(FORMAT),
                intValue(record, PASSAGE_COUNT, 0),
                record.get(OUTCOME),
                record.get(FAILURE_REASON),
                record.get(FAILURE_DETAIL),
                Instant.ofEpochMilli(longValue(record, INGESTED_AT)),
                handling.marking(),
                handling.chathamHouse());
    }

    /**
     * A document as it was written to the index, rebuilt from the stored fields of its record and its passages, so
     * that it can be re-tagged or re-marked and written again without parsing the file.
     */
    public static IndexedDocument indexed(Document record, List<Document> passages) {
        DocumentMetadata metadata = new DocumentMetadata(
                record.get(DOCUMENT_TITLE),
                authors(record),
                date(record),
                DocumentType.fromValue(record.get(DOC_TYPE)).orElse(DocumentType.OTHER),
                record.get(LANGUAGE),
                DocumentFormat.fromValue(record.get(FORMAT)).orElse(DocumentFormat.OTHER),
                record.get(MEDIA_TYPE),
                intValue(record, PAGE_COUNT, 0),
                record.get(EVENT),
                participants(record),
                origin(record),
                handling(record));
        List<IndexedPassage> ordered = passages.stream()
                .map(DocumentMapper::passage)
                .sorted(Comparator.comparingInt(IndexedPassage::ordinal))
                .toList();
        return new IndexedDocument(
                record.get(DOCUMENT_ID),
                source(record),
                metadata,
                ordered,
                Instant.ofEpochMilli(longValue(record, INGESTED_AT)));
    }

    /** A failed file's record, read back. */
    public static FailedDocument failure(Document record) {
        return new FailedDocument(
                record.get(DOCUMENT_ID),
                source(record),
                record.get(FAILURE_REASON),
                record.get(FAILURE_DETAIL),
                Instant.ofEpochMilli(longValue(record, INGESTED_AT)),
                handling(record));
    }

    public static boolean failed(Document record) {
        return "failed".equals(record.get(OUTCOME));
    }

    public static SourceFile source(Document record) {
        return new SourceFile(
                record.get(PATH), record.get(SHA256), longValue(record, SIZE), longValue(record, MODIFIED));
    }

    public static IndexedPassage passage(Document doc) {
        IndexableField page = doc.getField(PAGE);
        return new IndexedPassage(
                doc.get(PASSAGE_ID),
                intValue(doc, ORDINAL, 0),
                doc.get(SECTION),
                page == null ? null : page.numericValue().intValue(),
                doc.get(LANGUAGE),
                doc.get(TEXT),
                tags(doc),
                firstIndexed(doc));
    }

    /** When the passage first entered the index; null for passages indexed before this was recorded. */
    public static Instant firstIndexed(Document doc) {
        IndexableField value = doc.getField(FIRST_INDEXED);
        return value == null ? null : Instant.ofEpochMilli(value.numericValue().longValue());
    }

    public static List<String> authors(Document record) {
        return Arrays.asList(record.getValues(AUTHORS));
    }

    public static LocalDate date(Document doc) {
        String date = doc.get(DATE);
        return date == null ? null : LocalDate.parse(date);
    }

    public static int intValue(Document doc, String field, int missing) {
        IndexableField value = doc.getField(field);
        return value == null ? missing : value.numericValue().intValue();
    }

    private static long longValue(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null ? 0L : value.numericValue().longValue();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
