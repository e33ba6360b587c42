package org.lessons.savedquery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lessons.search.SearchRequest;
import org.lessons.search.SortOrder;

/**
 * A saved search as one user sees it: its definition, whose it is, and how many matching passages are new to
 * that user.
 *
 * @param filters facet dimension to selected values, as in a search
 * @param sort relevance, newest, oldest or added
 * @param webhookUrl where new matches are announced; only shown to the owner, null for everyone else
 * @param newCount passages matching the search that were first indexed after the user last opened it
 */
public record SavedQuery(
        long id,
        String owner,
        String name,
        String q,
        Map<String, List<String>> filters,
        String sort,
        boolean shared,
        String webhookUrl,
        Instant createdAt,
        long newCount) {

    public SavedQuery {
        filters = Map.copyOf(filters);
    }

    public boolean ownedBy(String user) {
        return owner.equals(user);
    }

    /** The search this saved query stands for: its first page of passages. */
    public SearchRequest request() {
        return SearchRequest.builder()
                .query(q)
                .filters(filters)
                .sort(SortOrder.parse(sort))
                .build();
    }

    /** The passages most recently added to Lessons first, for a feed. */
    public SearchRequest latest(int size) {
        return SearchRequest.builder()
                .query(q)
                .filters(filters)
                .sort(SortOrder.ADDED)
                .size(size)
                .build();
    }

    /** The search counting only passages first indexed after the time. */
    public SearchRequest newSince(Instant baseline) {
        return request().newSince(baseline);
    }

    /** Running this saved query with the given request, in words for the audit log. */
    public String describeRun(SearchRequest request, boolean onlyNew) {
        return "saved query " + id + (onlyNew ? ", only new: " : ": ") + request.describe();
    }

    /** As the given user sees it: the webhook address is the owner's business. */
    SavedQuery seenBy(String user, long count) {
        return new SavedQuery(
                id, owner, name, q, filters, sort, shared, ownedBy(user) ? webhookUrl : null, createdAt, count);
    }
}
