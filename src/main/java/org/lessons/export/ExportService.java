package org.lessons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.springframework.stereotype.Service;

/**
 * Exports the passages of a search as citations (title, event, date, section, page, document type, tools,
 * countries, the passage and a link back to it) in CSV, JSON or Markdown, streamed page by page. Any search can
 * be exported this way: the current one of the search API, or a saved query's.
 *
 * <p>An export holds what the search finds for whoever asked for it: the search keeps to the markings their
 * clearance reaches, and the pages written after the download began are searched as that same person, whichever
 * thread writes them.
 */
@Service
public class ExportService {

    private final SearchService search;
    private final ExportProperties limits;
    private final ObjectMapper json;
    private final Viewers viewers;
    private final Clock clock;

    public ExportService(
            SearchService search, ExportProperties limits, ObjectMapper json, Viewers viewers, Clock clock) {
        this.search = search;
        this.limits = limits;
        this.json = json;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * Searches the first page now, so that a broken query throws here, before anything is written. Grouping,
     * page and cursor of the request are ignored: an export holds every passage, from the first.
     *
     * @param baseUrl where Lessons is reached, without a trailing slash; links to passages start with it
     */
    public Export prepare(SearchRequest request, ExportFormat format, String baseUrl) {
        SearchResult first = search.search(request.passagesAfter(null, limits.pageSize()));
        Viewer viewer = viewers.current();
        return new Export(
                page -> viewers.runAs(viewer, () -> search.search(page)),
                request,
                format,
                baseUrl,
                limits,
                json,
                first);
    }

    /** The download's file name, with today's date. */
    public String fileName(ExportFormat format) {
        return format.fileName(LocalDate.now(clock));
    }
}
