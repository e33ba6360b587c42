package org.lessons.ingest;

import java.util.List;

/**
 * The formats an upload may have ({@code lessons.ingest.allowed-types}), as a person reads them and as a file
 * picker offers them. The picker only saves a wasted upload; the server decides by the content.
 *
 * @param names such as "PDF, DOCX and TXT"
 * @param extensions such as ".pdf", ".docx", ".txt", ".text"
 */
public record UploadFormats(String names, List<String> extensions) {
    public UploadFormats {
        extensions = List.copyOf(extensions);
    }
}
