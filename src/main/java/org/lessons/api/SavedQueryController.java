package org.lessons.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.savedquery.AtomFeed;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.savedquery.WebhookDelivery;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/saved-queries}: the signed-in user's saved queries and everyone's shared ones. A saved query that
 * does not exist and someone else's private one both answer the same 404. Its results, export and feed take the
 * paging parameters of {@code /api/search}; {@code results?onlyNew=true} shows only what is new to the user, and
 * viewing all results marks them seen.
 */
@RestController
@RequestMapping("/api/saved-queries")
class SavedQueryController {

    private final SavedQueryService savedQueries;
    private final SearchParameters parameters;
    private final ExportDownloads downloads;
    private final AuditLog audit;

    SavedQueryController(
            SavedQueryService savedQueries, SearchParameters parameters, ExportDownloads downloads, AuditLog audit) {
        this.savedQueries = savedQueries;
        this.parameters = parameters;
        this.downloads = downloads;
        this.audit = audit;
    }

    @GetMapping
    List<SavedQuery> list(Principal user) {
        return savedQueries.visibleTo(user.getName());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SavedQuery create(@RequestBody SavedQueryDraft draft, Principal user) {
        return savedQueries.create(draft, user.getName());
    }

    @GetMapping("/{id}")
    SavedQuery get(@PathVariable long id, Principal user) {
        return visible(id, user);
    }

    @PutMapping("/{id}")
    SavedQuery update(@PathVariable long id, @RequestBody SavedQueryDraft draft, Principal user) {
        return savedQueries.update(id, draft, user.getName()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal user) {
        if (!savedQueries.delete(id, user.getName())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/results")
    SearchResult results(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean onlyNew,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor,
            Principal user) {
        SavedQuery query = visible(id, user);
        SearchRequest request = request(query, page, size, cursor);
        audit.record(AuditKind.SEARCH, query.describeRun(request, onlyNew));
        return savedQueries.results(query, request, onlyNew, user.getName());
    }

    @GetMapping("/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id, @RequestParam String format, Principal user) {
        SavedQuery query = visible(id, user);
        return downloads.download(request(query, 0, SearchRequest.MAX_SIZE, null), ExportDownloads.format(format));
    }

    @GetMapping(value = "/{id}/feed", produces = "application/atom+xml")
    ResponseEntity<StreamingResponseBody> feed(@PathVariable long id, Principal user) {
        SavedQuery query = visible(id, user);
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        AtomFeed feed = new AtomFeed(query, savedQueries.latest(query), baseUrl);
        Instant now = Instant.now();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(out -> {
                    try {
                        feed.writeTo(out, now);
                    } catch (javax.xml.stream.XMLStreamException e) {
                        throw new java.io.IOException("The feed could not be written", e);
                    }
                });
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable long id, Principal user) {
        return savedQueries.deliveries(visible(id, user));
    }

    /** The saved query's search as the search API reads it, so that both answer alike. */
    private SearchRequest request(SavedQuery query, int page, int size, String cursor) {
        return parameters.request(
                query.q(),
                page,
                size,
                query.sort(),
                null,
                null,
                null,
                cursor,
                MultiValueMap.fromMultiValue(query.filters()));
    }

    private SavedQuery visible(long id, Principal user) {
        return savedQueries.find(id, user.getName()).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no saved query " + id + " that you can see.");
    }
}
