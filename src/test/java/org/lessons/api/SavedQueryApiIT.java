package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.RunningLessons;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Saved queries on the running application: who may see and change them, "new since" across an upload, a
 * re-tag and opening the results, the feed, the webhook with its retries, and the export.
 */
class SavedQueryApiIT extends RunningLessons {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRestTemplate alice;
    private TestRestTemplate bob;

    @BeforeAll
    void analysts() {
        alice = analyst("sq-alice");
        bob = analyst("sq-bob");
    }

    @Test
    void ownersChangeTheirQueriesAndOthersOnlySeeSharedOnes() {
        long mine = create(
                alice,
                Map.of(
                        "name",
                        "Prison regimes",
                        "q",
                        "prison",
                        "filters",
                        Map.of("docType", List.of("meeting-notes")),
                        "sort",
                        "newest"));
        long shared = create(alice, Map.of("name", "Probation, shared", "q", "probation", "shared", true));

        JsonNode own = alice.getForObject("/api/saved-queries/" + mine, JsonNode.class);
        assertThat(own.get("name").asText()).isEqualTo("Prison regimes");
        assertThat(own.get("filters").get("docType").get(0).asText()).isEqualTo("meeting-notes");
        assertThat(own.get("sort").asText()).isEqualTo("newest");
        assertThat(own.get("owner").asText()).isEqualTo("sq-alice");
        assertThat(own.get("newCount").asLong()).isZero();

        List<Long> bobSees = ids(bob.getForObject("/api/saved-queries", JsonNode.class));
        assertThat(bobSees).contains(shared).doesNotContain(mine);
        ResponseEntity<JsonNode> hidden = bob.getForEntity("/api/saved-queries/" + mine, JsonNode.class);
        ResponseEntity<JsonNode> missing = bob.getForEntity("/api/saved-queries/987654321", JsonNode.class);
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getBody().get("title")).isEqualTo(missing.getBody().get("title"));
        assertThat(bob.getForEntity("/api/saved-queries/" + mine + "/results", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(bob.getForEntity("/api/saved-queries/" + shared + "/results", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(put(bob, shared, Map.of("name", "Mine now", "q", "x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete(bob, shared).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(bob, mine, Map.of("name", "Mine now", "q", "x")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> renamed = put(alice, mine, Map.of("name", "Prison regimes (all)", "q", "prison"));
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renamed.getBody().get("name").asText()).isEqualTo("Prison regimes (all)");
        assertThat(renamed.getBody().get("filters").size()).isZero();
        assertThat(delete(alice, mine).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(alice.getForEntity("/api/saved-queries/" + mine, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSavedQueryIsRefusedWithoutANameOrWithAWebhookThatIsNotHttp() {
        ResponseEntity<JsonNode> noName =
                alice.postForEntity("/api/saved-queries", Map.of("q", "prison"), JsonNode.class);
        ResponseEntity<JsonNode> badHook = alice.postForEntity(
                "/api/saved-queries", Map.of("name", "x", "webhookUrl", "file:///etc/passwd"), JsonNode.class);
        ResponseEntity<JsonNode> badFilter = alice.postForEntity(
                "/api/saved-queries", Map.of("name", "x", "filters", Map.of("colour", List.of("red"))), JsonNode.class);

        assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noName.getBody().get("detail").asText()).contains("name");
        assertThat(badHook.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badHook.getBody().get("detail").asText()).contains("http or https");
        assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void newPassagesAreCountedAcrossAnUploadAndARetagUntilTheResultsAreOpened() throws Exception {
        String marker = "wallabynew" + Instant.now().toEpochMilli();
        long id = create(alice, Map.of("name", "Wallabies", "q", marker));
        assertThat(newCount(alice, id)).isZero();

        uploadAbout(marker);
        JsonNode all = get("/api/search?q={q}&size=100", marker);
        int matching = all.get("total").asInt();
        assertThat(matching).isPositive();
        assertThat(newCount(alice, id)).isEqualTo(matching);

        assertThat(admin.postForEntity("/api/admin/retag", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofMinutes(1))
                .until(() -> get("/api/ingest/status").get("state").asText().equals("idle"));
        assertThat(newCount(alice, id)).isEqualTo(matching);

        JsonNode onlyNew = alice.getForObject("/api/saved-queries/" + id + "/results?onlyNew=true", JsonNode.class);
        assertThat(passageIds(onlyNew)).isEqualTo(passageIds(all));
        assertThat(newCount(alice, id))
                .as("only looking at the new ones does not mark them seen")
                .isEqualTo(matching);

        JsonNode opened = alice.getForObject("/api/saved-queries/" + id + "/results", JsonNode.class);
        assertThat(opened.get("total").asInt()).isEqualTo(matching);
        assertThat(opened.has("facets")).isTrue();
        assertThat(newCount(alice, id)).isZero();
        assertThat(alice.getForObject("/api/saved-queries/" + id + "/results?onlyNew=true", JsonNode.class)
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void theFeedListsTheMatchingPassagesAsAtomEntries() throws Exception {
        String marker = "numbatfeed" + Instant.now().toEpochMilli();
        long id = create(alice, Map.of("name", "Numbats & <friends>", "q", marker, "shared", true));
        uploadAbout(marker);
        Set<String> expected = passageIds(get("/api/search?q={q}&size=100", marker));

        ResponseEntity<byte[]> response = bob.getForEntity("/api/saved-queries/" + id + "/feed", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody()))
                .getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(feed, "title")).isEqualTo("Lessons: Numbats & <friends>");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        Set<String> links = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "id")).startsWith("tag:lessons,2026:passage:");
            assertThat(Instant.parse(text(entry, "updated")))
                    .isBefore(Instant.now().plusSeconds(1));
            assertThat(text(entry, "summary")).contains(marker);
            links.add(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        }
        assertThat(links).hasSize(expected.size());
        expected.forEach(passage -> assertThat(links)
                .anySatisfy(link -> assertThat(link).contains("/documents/").endsWith("?passage=" + passage)));
        assertThat(anonymous
                        .getForEntity("/api/saved-queries/" + id + "/feed", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void webhooksAreCalledWhenNewMatchesArriveAndRetriedWhenTheReceiverFails() throws Exception {
        String marker = "bilbyhook" + Instant.now().toEpochMilli();
        Receiver healthy = new Receiver(200);
        Receiver flaky = new Receiver(500, 500, 200);
        Receiver broken = new Receiver(500, 500, 500, 500);
        try {
            long toHealthy = create(alice, Map.of("name", "Bilbies", "q", marker, "webhookUrl", healthy.url()));
            long toFlaky = create(alice, Map.of("name", "Bilbies, flaky", "q", marker, "webhookUrl", flaky.url()));
            long toBroken = create(alice, Map.of("name", "Bilbies, down", "q", marker, "webhookUrl", broken.url()));

            uploadAbout(marker);
            int matching = total(marker);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(toBroken).size() == 3);
            assertThat(healthy.bodies).hasSize(1);
            JsonNode announced = JSON.readTree(healthy.bodies.get(0));
            assertThat(announced.get("savedQueryId").asLong()).isEqualTo(toHealthy);
            assertThat(announced.get("name").asText()).isEqualTo("Bilbies");
            assertThat(announced.get("newCount").asInt()).isEqualTo(matching);
            assertThat(announced.get("link").asText()).contains("/api/saved-queries/" + toHealthy + "/results");

            assertThat(statuses(toHealthy)).containsExactly("1:200");
            assertThat(statuses(toFlaky)).containsExactly("3:200", "2:500", "1:500");
            assertThat(statuses(toBroken)).containsExactly("3:500", "2:500", "1:500");
            assertThat(flaky.bodies).hasSize(3);
            assertThat(broken.bodies).hasSize(3);
            assertThat(bob.getForEntity("/api/saved-queries/" + toHealthy + "/deliveries", String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            healthy.stop();
            flaky.stop();
            broken.stop();
        }
    }

    @Test
    void aSavedQueryExportsItsPassagesAsCitations() throws Exception {
        String marker = "quollexport" + Instant.now().toEpochMilli();
        long id = create(alice, Map.of("name", "Quolls", "q", marker));
        uploadAbout(marker);
        Set<String> expected = passageIds(get("/api/search?q={q}&size=100", marker));

        for (String format : List.of("csv", "json", "md")) {
            ResponseEntity<byte[]> export =
                    alice.getForEntity("/api/saved-queries/" + id + "/export?format=" + format, byte[].class);
            assertThat(export.getStatusCode()).as(format).isEqualTo(HttpStatus.OK);
            List<ExportedRows.Row> rows = ExportedRows.parse(format, export.getBody());
            assertThat(rows)
                    .extracting(ExportedRows.Row::passageId)
                    .as(format)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(alice.getForEntity("/api/saved-queries/" + id + "/export?format=xls", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void uploadAbout(String marker) {
        String text = "# Monitoring after release\n\nProbation officers noted that " + marker
                + " helped them follow released prisoners.\n\n## Gaps\n\nCase files about " + marker
                + " did not travel with the person.\n";
        ResponseEntity<JsonNode> uploaded = upload(admin, marker + ".md", text);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private TestRestTemplate analyst(String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.insert(new UserAccount(
                    name, encoder.encode(name + "-password"), Role.ANALYST, Marking.GREEN, true, Instant.now()));
        }
        return anonymous.withBasicAuth(name, name + "-password");
    }

    private static long create(TestRestTemplate user, Map<String, Object> draft) {
        ResponseEntity<JsonNode> created = user.postForEntity("/api/saved-queries", draft, JsonNode.class);
        assertThat(created.getStatusCode())
                .as(String.valueOf(created.getBody()))
                .isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("newCount").asLong()).isZero();
        return created.getBody().get("id").asLong();
    }

    private static ResponseEntity<JsonNode> put(TestRestTemplate user, long id, Map<String, Object> draft) {
        return user.exchange("/api/saved-queries/" + id, HttpMethod.PUT, new HttpEntity<>(draft), JsonNode.class);
    }

    private static ResponseEntity<JsonNode> delete(TestRestTemplate user, long id) {
        return user.exchange("/api/saved-queries/" + id, HttpMethod.DELETE, null, JsonNode.class);
    }

    private static long newCount(TestRestTemplate user, long id) {
        return user.getForObject("/api/saved-queries/" + id, JsonNode.class)
                .get("newCount")
                .asLong();
    }

    private List<JsonNode> deliveries(long id) {
        List<JsonNode> all = new ArrayList<>();
        alice.getForObject("/api/saved-queries/" + id + "/deliveries", JsonNode.class)
                .forEach(all::add);
        return all;
    }

    /** "attempt:status", newest first, as the log lists them. */
    private List<String> statuses(long id) {
        return deliveries(id).stream()
                .map(d -> d.get("attempt").asInt() + ":" + d.get("statusCode").asText())
                .toList();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(query -> ids.add(query.get("id").asLong()));
        return ids;
    }

    private static Set<String> passageIds(JsonNode result) {
        Set<String> ids = new HashSet<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("passageId").asText()));
        return ids;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    /** A webhook receiver on a free local port that answers the given statuses in turn, then the last one. */
    private static final class Receiver {
        final List<String> bodies = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Receiver(int... statuses) throws Exception {
            AtomicInteger calls = new AtomicInteger();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                int call = calls.getAndIncrement();
                exchange.sendResponseHeaders(statuses[Math.min(call, statuses.length - 1)], -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void stop() {
            server.stop(0);
        }
    }
}
