package org.lessons.savedquery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lessons.ingest.IndexChanged;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.WebhookDelivery;
import org.lessons.savedquery.WebhookProperties;
import org.lessons.savedquery.WebhookTargets;
import org.lessons.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces new matches of saved queries to their webhooks after every committed ingest batch or re-tag. It
 * works on its own thread, so ingest never waits for a receiver; announcements go out one after another, which
 * is enough for a handful of webhooks and keeps a slow receiver from multiplying threads. Each attempt, failed or
 * not, goes into the delivery log.
 *
 * <p>New matches are counted as the saved query's owner, with the clearance the owner has at that moment (the
 * background thread has no signed-in user of its own): a webhook never announces what its owner could not find by
 * searching, and an owner who is disabled or gone announces nothing.
 *
 * <p>A saved query's announced-up-to time moves to the commit that was announced, so each passage is announced
 * once; if a later batch is already visible when an earlier one is announced, its passages may be announced
 * twice, which a receiver can tell from the counts and is better than missing them.
 */
@Component
class WebhookNotifier {

    private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);

    private final SavedQueryRepository repository;
    private final SearchService search;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookTargets targets;
    private final Viewers viewers;
    private final HttpClient http;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhooks"));

    WebhookNotifier(
            SavedQueryRepository repository,
            SearchService search,
            WebhookProperties properties,
            ObjectMapper json,
            Clock clock,
            WebhookTargets targets,
            Viewers viewers) {
        this.targets = targets;
        this.viewers = viewers;
        this.repository = repository;
        this.search = search;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @EventListener
    void indexChanged(IndexChanged event) {
        sender.execute(() -> announceUpTo(event.committedAt()));
    }

    private void announceUpTo(Instant committedAt) {
        for (SavedQueryRepository.Announced announced : repository.withWebhook()) {
            SavedQuery query = announced.query();
            try {
                long count = newForOwner(announced);
                repository.markAnnounced(query.id(), committedAt);
                if (count > 0) {
                    deliver(query, count);
                }
            } catch (RuntimeException e) {
                log.warn("Could not announce new matches of saved query {}: {}", query.id(), e.toString());
            }
        }
    }

    /** The new matches the owner may see now; none when the owner is disabled or gone. */
    private long newForOwner(SavedQueryRepository.Announced announced) {
        SavedQuery query = announced.query();
        Optional<Viewer> owner = viewers.of(query.owner());
        if (owner.isEmpty()) {
            log.info(
                    "Webhook of saved query {} not called: its owner '{}' is disabled or gone",
                    query.id(),
                    query.owner());
            return 0;
        }
        return viewers.runAs(owner.get(), () -> search.count(query.newSince(announced.upTo())));
    }

    private void deliver(SavedQuery query, long count) {
        Optional<String> refusal = targets.refusal(query.webhookUrl());
        if (refusal.isPresent()) {
            // not retried: the address will not become public by waiting
            repository.logDelivery(query.id(), new WebhookDelivery(Instant.now(clock), 1, count, null, refusal.get()));
            log.warn("Webhook of saved query {} not called: {}", query.id(), refusal.get());
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(query.webhookUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload(query, count)))
                .build();
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            WebhookDelivery delivery = attempt(request, attempt, count);
            repository.logDelivery(query.id(), delivery);
            if (delivery.delivered()) {
                return;
            }
            log.info(
                    "Webhook of saved query {} failed (attempt {}): {}",
                    query.id(),
                    attempt,
                    delivery.error() != null ? delivery.error() : "HTTP " + delivery.statusCode());
            if (attempt < properties.attempts() && !pause(attempt)) {
                return;
            }
        }
    }

    private WebhookDelivery attempt(HttpRequest request, int attempt, long count) {
        Instant at = Instant.now(clock);
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new WebhookDelivery(at, attempt, count, status, null);
        } catch (IOException e) {
            return new WebhookDelivery(at, attempt, count, null, abbreviated(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery(at, attempt, count, null, "Stopped: Lessons is shutting down");
        }
    }

    /** Waits the back-off before the next attempt: the first wait, doubled after each further failure. */
    private boolean pause(int attempt) {
        try {
            Thread.sleep(properties.backoff().multipliedBy(1L << (attempt - 1)).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String payload(SavedQuery query, long count) {
        String link = properties.publicUrl().replaceAll("/+$", "") + "/api/saved-queries/" + query.id()
                + "/results?onlyNew=true";
        try {
            return json.writeValueAsString(
                    Map.of("savedQueryId", query.id(), "name", query.name(), "newCount", count, "link", link));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Webhook payload could not be written", e);
        }
    }

    private static String abbreviated(String error) {
        return error.length() <= 500 ? error : error.substring(0, 497) + "...";
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
