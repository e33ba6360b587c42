package org.lessons.ingest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The allow-list of formats ({@code lessons.ingest.allowed-types}), matched against the type Tika detects from a
 * file's content. Matching is exact: that a type is a kind of an allowed one does not admit it, since XML, SVG and
 * CSV are all kinds of plain text to Tika and none of them is a lessons document.
 */
final class AcceptedFormats {

    static final String SETTING = "lessons.ingest.allowed-types";

    private static final int MAX_ALTERNATIVES = 4;
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private final Set<MediaType> accepted;

    AcceptedFormats(List<String> allowedTypes) {
        this.accepted = allowedTypes.stream()
                .map(MediaType::parse)
                .filter(type -> type != null)
                .map(AcceptedFormats::canonical)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean accepts(MediaType detected) {
        return accepted.contains(canonical(detected));
    }

    /** Why a detected type is refused, naming it and what is accepted instead. */
    String refusal(MediaType detected) {
        return "The file's content is " + describe(detected) + ", whatever its name or declared type says."
                + " Lessons accepts " + names() + " (" + SETTING + ").";
    }

    /** The accepted formats as a person names them: "PDF, DOCX, ..., MSG". */
    String names() {
        List<String> names = accepted.stream()
                .map(type -> {
                    String extension = extension(type.toString());
                    return extension.isEmpty()
                            ? type.toString()
                            : extension.substring(1).toUpperCase(Locale.ROOT);
                })
                .distinct()
                .toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The extensions the accepted formats go by, such as ".htm" as well as ".html". Of a catch-all type such as
     * plain text, which Tika knows by dozens of extensions, only the usual one is offered.
     */
    List<String> extensions() {
        return accepted.stream()
                .flatMap(type -> {
                    try {
                        List<String> all = TYPES.forName(type.toString()).getExtensions();
                        return (all.size() > MAX_ALTERNATIVES ? all.subList(0, 1) : all).stream();
                    } catch (MimeTypeException e) {
                        return Stream.empty();
                    }
                })
                .distinct()
                .toList();
    }

    /** The usual extension of a media type with its dot (".pdf"), or "" when Tika knows none. */
    static String extension(String mediaType) {
        try {
            return TYPES.forName(canonical(MediaType.parse(mediaType)).toString())
                    .getExtension();
        } catch (MimeTypeException | RuntimeException e) {
            return "";
        }
    }

    private static String describe(MediaType type) {
        String name = canonical(type).toString();
        try {
            MimeType known = TYPES.forName(name);
            return known.getDescription().isBlank() ? name : known.getDescription() + " (" + name + ")";
        } catch (MimeTypeException e) {
            return name;
        }
    }

    private static MediaType canonical(MediaType type) {
        return REGISTRY.normalize(type.getBaseType());
    }
}
