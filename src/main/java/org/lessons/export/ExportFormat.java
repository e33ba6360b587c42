package org.lessons.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats an export can be written in: CSV for spreadsheets, JSON for programs, Markdown for pasting
 * citations into a draft.
 */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    JSON("json", "application/json"),
    MARKDOWN("md", "text/markdown; charset=UTF-8");

    private final String id;
    private final String mediaType;

    ExportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /** The request parameter value and the file extension. */
    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name the downloaded file gets, dated so that successive exports of one search do not collide. */
    public String fileName(LocalDate day) {
        return "lessons-export-" + day + "." + id;
    }

    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    /** The ids, for error messages: "csv, json, md". */
    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
