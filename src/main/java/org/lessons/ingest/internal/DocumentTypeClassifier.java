package org.lessons.ingest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessons.index.DocumentType;

/**
 * Decides what kind of document a file is. Curators file material in folders by kind, so the folder decides;
 * for files elsewhere (uploads), words in the title do, in the languages of the initiative.
 */
final class DocumentTypeClassifier {

    private static final Map<String, DocumentType> FOLDERS = Map.of(
            "meetings", DocumentType.MEETING_NOTES,
            "workshops", DocumentType.MEETING_NOTES,
            "guide", DocumentType.GUIDE_DRAFT,
            "contributions", DocumentType.NATIONAL_CONTRIBUTION,
            "other", DocumentType.OTHER);

    private static final List<Map.Entry<DocumentType, List<String>>> TITLE_WORDS = List.of(
            Map.entry(DocumentType.GUIDE_DRAFT, List.of("guide", "guía", "leitfaden", "draft", "entwurf", "projet")),
            Map.entry(
                    DocumentType.NATIONAL_CONTRIBUTION,
                    List.of("contribution", "beitrag", "contribución", "submission")),
            Map.entry(
                    DocumentType.MEETING_NOTES,
                    List.of(
                            "meeting",
                            "workshop",
                            "réunion",
                            "sitzung",
                            "fachgespräch",
                            "reunión",
                            "taller",
                            "minutes")));

    private DocumentTypeClassifier() {}

    static DocumentType classify(String relativePath, String title) {
        int slash = relativePath.indexOf('/');
        if (slash > 0) {
            DocumentType byFolder = FOLDERS.get(relativePath.substring(0, slash).toLowerCase(Locale.ROOT));
            if (byFolder != null) {
                return byFolder;
            }
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        return TITLE_WORDS.stream()
                .filter(entry -> entry.getValue().stream().anyMatch(lowerTitle::contains))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(DocumentType.OTHER);
    }
}
