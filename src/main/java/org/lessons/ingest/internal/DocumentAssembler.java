package org.lessons.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.enrich.Tag;
import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentFormat;
import org.lessons.index.DocumentMetadata;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;
import org.lessons.index.SourceFile;
import org.lessons.marking.Handling;
import org.springframework.stereotype.Component;

/** Builds the indexed form of a parsed file: its metadata, worked out from several sources, and its passages. */
@Component
public class DocumentAssembler {

    private static final List<String> DATE_FIELDS = List.of("date", "datum", "fecha");
    private static final List<String> EVENT_FIELDS =
            List.of("event", "événement", "evenement", "veranstaltung", "evento");
    private static final List<String> SUBMITTER_FIELDS =
            List.of("submitted by", "soumis par", "eingereicht von", "presentado por");
    private static final List<String> PARTICIPANT_FIELDS =
            List.of("participants", "teilnehmer", "teilnehmende", "participantes");
    private static final List<String> PAGE_COUNT_KEYS = List.of("xmpTPg:NPages", "meta:page-count");

    private final LanguageGuesser languages;
    private final Tagger tagger;

    public DocumentAssembler(LanguageGuesser languages, Tagger tagger) {
        this.languages = languages;
        this.tagger = tagger;
    }

    /**
     * The document, or empty when the file holds no text to search.
     *
     * @param handling decided by {@link HandlingResolver} from the file, its sidecar, its folder and the curators
     */
    public Optional<IndexedDocument> assemble(
            String documentId, SourceFile source, ParseResponse parsed, Handling handling, Instant now) {
        List<Block> blocks = StructureReader.read(parsed.blocks());
        String title = title(parsed.metadata(), blocks, source.path());
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(blocks, title);
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        String language = languages.guess(sample(drafts), "und");
        DocumentType type = DocumentTypeClassifier.classify(source.path(), title);
        List<Tag> origin = origin(type, blocks, title);
        List<IndexedPassage> passages = new ArrayList<>();
        for (PassageSplitter.Draft draft : drafts) {
            passages.add(new IndexedPassage(
                    "%s-%04d".formatted(documentId, draft.ordinal()),
                    draft.ordinal(),
                    draft.section(),
                    draft.page(),
                    languages.guess(draft.text(), language),
                    draft.text(),
                    tagger.tag(draft.text(), origin)));
        }
        DocumentMetadata metadata = new DocumentMetadata(
                title,
                first(parsed.metadata(), "dc:creator").stream().toList(),
                date(source.path(), blocks, parsed.metadata()),
                type,
                language,
                DocumentFormat.fromMediaType(parsed.mediaType()),
                parsed.mediaType(),
                pageCount(parsed.metadata(), blocks),
                field(blocks, EVENT_FIELDS).orElse(null),
                field(blocks, PARTICIPANT_FIELDS).map(tagger::countries).orElse(List.of()),
                origin,
                handling);
        return Optional.of(new IndexedDocument(documentId, source, metadata, passages, now));
    }

    static String title(Map<String, List<String>> metadata, List<Block> blocks, String path) {
        Optional<String> declared = first(metadata, "dc:title").filter(DocumentAssembler::meaningfulTitle);
        if (declared.isPresent()) {
            return declared.get();
        }
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                return heading.text();
            }
            if (block instanceof Block.Paragraph paragraph) {
                return paragraph.text().length() <= 150 ? paragraph.text() : fileTitle(path);
            }
        }
        return fileTitle(path);
    }

    private static boolean meaningfulTitle(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        return !lower.isEmpty()
                && !lower.equals("untitled")
                && !lower.matches(".*\\.(docx?|odt|rtf|pdf|html?|txt|md)$");
    }

    /** "2021-03-24_expert-meeting-online.pdf" becomes "expert meeting online". */
    private static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name)
                .replaceFirst("^\\d{4}-\\d{2}-\\d{2}_?", "")
                .replace('-', ' ')
                .replace('_', ' ')
                .strip();
    }

    private static LocalDate date(String path, List<Block> blocks, Map<String, List<String>> metadata) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return DocumentDates.fromFileName(fileName)
                .or(() -> field(blocks, DATE_FIELDS).flatMap(DocumentDates::parse))
                .or(() -> first(metadata, "dcterms:created").flatMap(DocumentDates::fromTimestamp))
                .orElse(null);
    }

    /**
     * The country a national contribution speaks for: named in its "Submitted by" line, else in its title
     * ("Contribution nationale de la France"). Other documents speak for no single country.
     */
    private List<Tag> origin(DocumentType type, List<Block> blocks, String title) {
        if (type != DocumentType.NATIONAL_CONTRIBUTION) {
            return List.of();
        }
        List<Tag> named = field(blocks, SUBMITTER_FIELDS).map(tagger::countries).orElse(List.of());
        List<Tag> countries = named.isEmpty() ? tagger.countries(title) : named;
        return countries.isEmpty() ? List.of() : List.of(countries.get(0));
    }

    /** The value of the first front-matter field with one of the keys. */
    private static Optional<String> field(List<Block> blocks, List<String> keys) {
        return blocks.stream()
                .filter(Block.Field.class::isInstance)
                .map(Block.Field.class::cast)
                .filter(field -> keys.contains(field.key()))
                .map(Block.Field::value)
                .findFirst();
    }

    private static int pageCount(Map<String, List<String>> metadata, List<Block> blocks) {
        for (String key : PAGE_COUNT_KEYS) {
            Optional<Integer> count = first(metadata, key).flatMap(DocumentAssembler::integer);
            if (count.isPresent()) {
                return count.get();
            }
        }
        return blocks.stream()
                .map(Block::page)
                .filter(p -> p != null)
                .max(Integer::compare)
                .orElse(0);
    }

    private static String sample(List<PassageSplitter.Draft> drafts) {
        return drafts.stream().map(PassageSplitter.Draft::text).limit(20).collect(Collectors.joining(" "));
    }

    private static Optional<String> first(Map<String, List<String>> metadata, String key) {
        List<String> values = metadata.getOrDefault(key, List.of());
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .findFirst();
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
