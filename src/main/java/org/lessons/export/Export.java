package org.lessons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.lessons.export.internal.Citation;
import org.lessons.export.internal.CitationWriter;
import org.lessons.export.internal.CsvCitationWriter;
import org.lessons.export.internal.JsonCitationWriter;
import org.lessons.export.internal.MarkdownCitationWriter;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export whose first page has been searched, ready to be written. Searching the first page before anything
 * is sent lets a broken query be refused with a proper error; every further page is searched only when the
 * rows before it have been written and flushed, following the cursor of search-after paging, so that memory
 * holds one page however large the export.
 */
public final class Export {

    private static final Logger log = LoggerFactory.getLogger(Export.class);

    private final SearchService search;
    private final SearchRequest request;
    private final ExportFormat format;
    private final String baseUrl;
    private final ExportProperties limits;
    private final ObjectMapper json;
    private final SearchResult first;

    Export(
            SearchService search,
            SearchRequest request,
            ExportFormat format,
            String baseUrl,
            ExportProperties limits,
            ObjectMapper json,
            SearchResult first) {
        this.search = search;
        this.request = request;
        this.format = format;
        this.baseUrl = baseUrl;
        this.limits = limits;
        this.json = json;
        this.first = first;
    }

    /** The passages the search matched when the export began; the export holds at most max-rows of them. */
    public long total() {
        return first.total();
    }

    /** Writes every row to the stream, which stays open. Returns the number of rows written. */
    public long writeTo(OutputStream out) throws IOException {
        CitationWriter writer = writer(out);
        long written = 0;
        try {
            writer.start();
            SearchResult page = first;
            while (true) {
                for (Hit hit : page.hits()) {
                    if (written == limits.maxRows()) {
                        break;
                    }
                    writer.write(Citation.of(hit, baseUrl));
                    written++;
                }
                writer.flush();
                if (page.cursor() == null || written == limits.maxRows()) {
                    break;
                }
                page = search.search(request.passagesAfter(page.cursor(), limits.pageSize()));
            }
            writer.finish();
        } catch (IOException | RuntimeException e) {
            // The download has begun, so its status can no longer say so; the log has to.
            log.warn(
                    "Export as {} stopped after {} of {} passages: {}",
                    format.id(),
                    written,
                    first.total(),
                    e.toString());
            throw e;
        }
        log.info("Exported {} of {} passages as {}", written, first.total(), format.id());
        return written;
    }

    private CitationWriter writer(OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvCitationWriter(out);
            case JSON -> new JsonCitationWriter(out, json);
            case MARKDOWN -> new MarkdownCitationWriter(out);
        };
    }
}
