package org.lessons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.lessons.export.internal.Citation;
import org.lessons.export.internal.CitationWriter;
import org.lessons.export.internal.CsvCitationWriter;
import org.lessons.export.internal.JsonCitationWriter;
import org.lessons.export.internal.MarkdownCitationWriter;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
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

    private final Function<SearchRequest, SearchResult> search;
    private final SearchRequest request;
    private final ExportFormat format;
    private final String baseUrl;
    private final ExportProperties limits;
    private final ObjectMapper json;
    private final SearchResult first;

    /** @param search searches a further page as the person the export is for */
    Export(
            Function<SearchRequest, SearchResult> search,
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
            written = writePage(writer, page, written);
            while (page.cursor() != null && written < limits.maxRows()) {
                page = search.apply(request.passagesAfter(page.cursor(), limits.pageSize()));
                written = writePage(writer, page, written);
            }
            writer.finish();
        } catch (IOException | RuntimeException e) {
            // The download has begun, so its status can no longer say so; the log has to.
            log.warn("Export as {} stopped after {} of {} passages: {}", format.id(), written, total(), e.toString());
            throw e;
        }
        log.info("Exported {} of {} passages as {}", written, total(), format.id());
        return written;
    }

    /** Writes the page's hits up to the row limit and sends them on; returns the rows written so far. */
    private long writePage(CitationWriter writer, SearchResult page, long written) throws IOException {
        List<Hit> hits = page.hits().subList(0, (int) Math.min(page.hits().size(), limits.maxRows() - written));
        for (Hit hit : hits) {
            writer.write(Citation.of(hit, baseUrl));
        }
        writer.flush();
        return written + hits.size();
    }

    private CitationWriter writer(OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvCitationWriter(out);
            case JSON -> new JsonCitationWriter(out, json);
            case MARKDOWN -> new MarkdownCitationWriter(out);
        };
    }
}
