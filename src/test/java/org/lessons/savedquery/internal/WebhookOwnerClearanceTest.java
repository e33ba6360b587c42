package org.lessons.savedquery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.ingest.IndexChanged;
import org.lessons.marking.Marking;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.WebhookProperties;
import org.lessons.savedquery.WebhookTargets;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.TestSavedQueries;
import org.lessons.testsupport.TestViewers;

/**
 * A webhook announces what its owner could find by searching now: counted with the owner's current clearance,
 * and not at all for an owner who is disabled or gone.
 */
class WebhookOwnerClearanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final Map<String, Marking> accounts = new ConcurrentHashMap<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private CanaryCorpus canaries;
    private SavedQueryRepository repository;
    private WebhookNotifier notifier;
    private HttpServer receiver;

    @BeforeEach
    void start() throws IOException {
        canaries = new CanaryCorpus(dataDir);
        repository = TestSavedQueries.repository();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        WebhookProperties properties =
                new WebhookProperties(1, Duration.ofMillis(10), Duration.ofSeconds(5), "http://lessons.example", true);
        notifier = new WebhookNotifier(
                repository,
                canaries.search(),
                properties,
                JSON,
                Clock.systemUTC(),
                new WebhookTargets(properties),
                TestViewers.of(accounts));
    }

    @AfterEach
    void stop() throws Exception {
        notifier.stop();
        receiver.stop(0);
        canaries.close();
    }

    @Test
    void announcesOnlyWhatTheOwnerMaySeeNowAndNothingForAnOwnerWhoIsGone() {
        long gone = watch("reader-gone");
        notifier.indexChanged(new IndexChanged("ingest", CanaryCorpus.ARRIVED.plusSeconds(1)));
        await().until(() -> announcedUpTo(gone).isAfter(CanaryCorpus.ARRIVED));
        // cleared for TLP:AMBER when the query was saved, lowered to TLP:GREEN since
        accounts.put("reader-amber", Marking.GREEN);
        long lowered = watch("reader-amber");

        notifier.indexChanged(new IndexChanged("ingest", CanaryCorpus.ARRIVED.plusSeconds(2)));

        // announcements go out one after another, so once this one arrived, the gone owner's turn is over
        await().until(() -> !received.isEmpty());
        assertThat(received).singleElement().satisfies(payload -> {
            assertThat(payload.get("savedQueryId").asLong()).isEqualTo(lowered);
            assertThat(payload.get("newCount").asLong())
                    .as("TLP:CLEAR and TLP:GREEN")
                    .isEqualTo(2);
        });
        assertThat(repository.deliveries(gone, 10)).isEmpty();
    }

    private long watch(String owner) {
        return repository.insert(
                new SavedQueryDraft(
                        "Harbour",
                        CanaryCorpus.SHARED_WORDS,
                        Map.of(),
                        "relevance",
                        false,
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
                owner,
                Instant.now());
    }

    private Instant announcedUpTo(long id) {
        return repository.withWebhook().stream()
                .filter(announced -> announced.query().id() == id)
                .findFirst()
                .orElseThrow()
                .upTo();
    }
}
