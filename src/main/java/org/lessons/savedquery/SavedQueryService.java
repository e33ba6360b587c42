package org.lessons.savedquery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lessons.savedquery.internal.SavedQueryRepository;
import org.lessons.search.Hit;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SearchBookmarks;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.springframework.stereotype.Service;

/**
 * Saved queries, scoped to the user asking: each user sees their own and the shared ones, and only the owner
 * may change or delete one. A saved query that does not exist and one the user may not see are the same
 * {@link Optional#empty()}, so that ids of private queries cannot be probed.
 *
 * <p>"New" means first indexed after the user's baseline: the moment they last viewed the saved query's results
 * (viewing marks them seen), or its creation if they never did. Counts come from {@link SearchService#count},
 * which remembers them until the index changes.
 */
@Service
public class SavedQueryService implements SearchBookmarks {

    static final int DELIVERY_LOG_SIZE = 50;

    /** Feed readers poll often and keep what they saw, so a feed only needs the latest few entries. */
    static final int FEED_SIZE = 50;

    private final SavedQueryRepository repository;
    private final SearchService search;
    private final Clock clock;
    private final WebhookTargets webhooks;

    public SavedQueryService(
            SavedQueryRepository repository, SearchService search, Clock clock, WebhookTargets webhooks) {
        this.repository = repository;
        this.search = search;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    public List<SavedQuery> visibleTo(String user) {
        return repository.visibleTo(user).stream()
                .map(query -> counted(query, user))
                .toList();
    }

    public Optional<SavedQuery> find(long id, String user) {
        return repository.find(id, user).map(query -> counted(query, user));
    }

    /** Saves a search for its owner; its "new since" starts now. */
    public SavedQuery create(SavedQueryDraft draft, String owner) {
        check(draft);
        long id = repository.insert(draft, owner, Instant.now(clock));
        return find(id, owner).orElseThrow();
    }

    /** Saves a search from the search screen. Its dates are not kept: a saved query follows new material. */
    @Override
    public void bookmark(SearchRequest search, String name, boolean shared, String owner) {
        create(
                new SavedQueryDraft(
                        name, search.query(), search.filters(), search.sort().id(), shared, null),
                owner);
    }

    /**
     * Replaces the definition of the user's own saved query.
     *
     * @throws NotOwnerException when the query is someone else's shared one
     */
    public Optional<SavedQuery> update(long id, SavedQueryDraft draft, String user) {
        check(draft);
        return owned(id, user).map(query -> {
            repository.update(id, draft);
            return find(id, user).orElseThrow();
        });
    }

    /**
     * Deletes the user's own saved query with its history; false when the user cannot see it.
     *
     * @throws NotOwnerException when the query is someone else's shared one
     */
    public boolean delete(long id, String user) {
        return owned(id, user)
                .map(query -> {
                    repository.delete(id);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Runs the saved query as the request says (a page of it), either only what is new to the user, or all of it,
     * which marks everything up to now as seen.
     */
    public SearchResult results(SavedQuery query, SearchRequest page, boolean onlyNew, String user) {
        if (onlyNew) {
            return search.search(page.newSince(baseline(query, user)));
        }
        Instant openedAt = Instant.now(clock);
        SearchResult result = search.search(page);
        repository.markSeen(query.id(), user, openedAt);
        return result;
    }

    /** The user opened the saved query elsewhere (the search screen): what it found so far is no longer new. */
    public void markSeen(SavedQuery query, String user) {
        repository.markSeen(query.id(), user, Instant.now(clock));
    }

    /** The matching passages most recently added, newest first, for the saved query's feed. */
    public List<Hit> latest(SavedQuery query) {
        return search.search(query.latest(FEED_SIZE)).hits();
    }

    /** The latest attempts to call the saved query's webhook, newest first. */
    public List<WebhookDelivery> deliveries(SavedQuery query) {
        return repository.deliveries(query.id(), DELIVERY_LOG_SIZE);
    }

    private Optional<SavedQuery> owned(long id, String user) {
        Optional<SavedQuery> query = repository.find(id, user);
        if (query.isPresent() && !query.get().ownedBy(user)) {
            throw new NotOwnerException(
                    "'" + query.get().name() + "' belongs to " + query.get().owner()
                            + "; others may run it but not change or delete it. Save it under your own name instead.");
        }
        return query;
    }

    private SavedQuery counted(SavedQuery query, String user) {
        return query.seenBy(user, search.count(query.newSince(baseline(query, user))));
    }

    private Instant baseline(SavedQuery query, String user) {
        return repository.seenAt(query.id(), user).orElse(query.createdAt());
    }

    private void check(SavedQueryDraft draft) {
        checkFilters(draft);
        if (draft.webhookUrl() != null) {
            webhooks.refusal(draft.webhookUrl()).ifPresent(reason -> {
                throw new InvalidSearchException(reason);
            });
        }
    }

    private void checkFilters(SavedQueryDraft draft) {
        List<String> unknown = draft.filters().keySet().stream()
                .filter(dimension -> !search.dimensions().contains(dimension))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSearchException(
                    "Unknown filter " + unknown + "; the filters are " + String.join(", ", search.dimensions()) + ".");
        }
    }
}
