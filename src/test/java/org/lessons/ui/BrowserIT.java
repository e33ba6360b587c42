package org.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.BrowserSession;
import org.lessons.testsupport.FailureProbeView;
import org.lessons.testsupport.RunningLessons;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens in a real browser against the running application, as a practitioner uses them: sign in, search,
 * narrow with a facet, read a document at its passage and come back, download the original, upload files and
 * find them. Each test saves a screenshot of the screen it exercised.
 */
class BrowserIT extends RunningLessons {

    @LocalServerPort
    int port;

    private BrowserSession browser;

    @BeforeAll
    void signIn() {
        browser = new BrowserSession(port);
        browser.signIn("admin", PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void searchingAndTickingAFacetChangeTheResultsTheCountsAndTheUrl() {
        browser.open("");
        WebElement field = browser.waitFor(By.cssSelector("#search-query input"));
        field.sendKeys("post-release monitoring", Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("q=post-release%20monitoring"));
        browser.waitUntilIdle();
        String before = summary();
        WebElement meetings = browser.waitFor(By.cssSelector("#facet-docType [data-value='meeting-notes']"));
        String meetingsLabel = meetings.getText();
        String kindsBefore = browser.waitFor(By.id("facet-kind")).getText();

        meetings.click();

        browser.until(d -> d.getCurrentUrl().contains("docType=meeting-notes"));
        browser.waitUntilIdle();
        // the value's count becomes the number of results, and the other dimensions are counted again
        String count = meetingsLabel.replaceAll(".*\\((\\d+)\\)$", "$1");
        assertThat(summary()).isEqualTo(count + " passages").isNotEqualTo(before);
        assertThat(browser.waitFor(By.id("facet-kind")).getText()).isNotEqualTo(kindsBefore);
        assertThat(browser.waitFor(By.cssSelector(".filter-chip")).getText()).contains("Meeting notes");
        browser.screenshot("search");
    }

    @Test
    void aResultOpensItsDocumentAtThePassageAndBackReturnsToTheSearch() throws IOException {
        browser.open("?q=post-release%20monitoring");
        WebElement title = browser.waitFor(By.cssSelector(".hit-card .hit-title a"));
        String href = title.getAttribute("href");
        title.click();

        browser.until(d -> d.getCurrentUrl().contains("/documents/"));
        browser.waitUntilIdle();
        assertThat(browser.currentUrl()).isEqualTo(href);
        WebElement passage = browser.waitFor(By.cssSelector(".passage.selected"));
        assertThat(passage.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat((Boolean) browser.script(
                        "const r = arguments[0].getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0;",
                        passage))
                .as("the selected passage is scrolled into view")
                .isTrue();
        browser.screenshot("document");

        browser.scrollTo(By.cssSelector(".download-original")).click();
        Path downloaded = browser.downloaded();
        String path = browser.waitFor(By.cssSelector(".document-facts"))
                .getText()
                .lines()
                .dropWhile(line -> !line.equals("File"))
                .skip(1)
                .findFirst()
                .orElseThrow();
        assertThat(Files.mismatch(downloaded, CORPUS.resolve(path))).isEqualTo(-1L);

        browser.back();
        browser.until(d -> d.getCurrentUrl().endsWith("?q=post-release%20monitoring"));
        assertThat(browser.waitFor(By.cssSelector("#search-query input")).getAttribute("value"))
                .isEqualTo("post-release monitoring");
        assertThat(summary()).endsWith("passages");
    }

    @Test
    void uploadedFilesAreIndexedOneByOneAndCanBeFound() throws IOException {
        Path folder = Files.createTempDirectory("uploads");
        Path notes = Files.writeString(
                folder.resolve("quokka-notes.txt"),
                "Quokka workshop\n\nThe zephyrine marmalade protocol was discussed at length by the participants.\n");
        Path corrupt = Files.copy(BadFiles.CORRUPT_PDF, folder.resolve("corrupt-report.pdf"));
        browser.open("upload");
        WebElement input =
                browser.waitFor(By.id("upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));

        input.sendKeys(notes + "\n" + corrupt);

        browser.until(d -> d.findElements(By.cssSelector(".upload-outcomes li")).size() == 2 ? true : null);
        String outcomes = browser.waitFor(By.cssSelector(".upload-outcomes")).getText();
        assertThat(outcomes).contains("quokka-notes.txt").containsPattern("Indexed, \\d+ passage");
        assertThat(outcomes).contains("corrupt-report.pdf").contains("Failed (corrupt)");
        browser.screenshot("upload");

        browser.open("?q=zephyrine");
        assertThat(summary()).isEqualTo("1 passage");
        assertThat(browser.waitFor(By.cssSelector(".hit-card")).getText()).contains("Quokka workshop");
    }

    @Test
    void aMatrixCellOpensTheSearchForItsToolAndCountry() {
        browser.open("matrix");
        WebElement cell = browser.waitFor(By.cssSelector(".matrix-cell vaadin-button"));
        String count = cell.getText();
        browser.screenshot("matrix");

        cell.click();

        browser.until(
                d -> d.getCurrentUrl().contains("tool=") && d.getCurrentUrl().contains("country="));
        browser.waitUntilIdle();
        assertThat(summary()).isEqualTo(count.equals("1") ? "1 passage" : count + " passages");
    }

    @Test
    void theLibraryListsFailuresWithTheirReason() {
        browser.open("library");
        browser.waitFor(By.cssSelector("vaadin-grid-cell-content .outcome"));
        browser.screenshot("library");
        browser.waitFor(By.id("library-outcome")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space()='Failed']"))
                .click();
        browser.until(d -> !d.findElement(By.tagName("vaadin-grid")).getText().contains("Indexed"));
        assertThat(browser.driver().findElement(By.tagName("vaadin-grid")).getText())
                .contains("Failed: encrypted")
                .contains("password-protected");
    }

    @Test
    void anAnalystIsOfferedNeitherUploadNorUsersAndCannotOpenThem() {
        accounts.insert(new UserAccount(
                "ui-analyst", encoder.encode("ui-analyst-password"), Role.ANALYST, Marking.GREEN, true, Instant.now()));
        try (BrowserSession analyst = new BrowserSession(port)) {
            analyst.signIn("ui-analyst", "ui-analyst-password");
            assertThat(analyst.waitFor(By.cssSelector("vaadin-side-nav")).getText())
                    .contains("Search", "Library", "Matrix")
                    .doesNotContain("Upload")
                    .doesNotContain("Users")
                    .doesNotContain("Audit log");

            analyst.open("upload");

            assertThat(analyst.driver().findElements(By.id("upload"))).isEmpty();

            analyst.open("admin/users");

            assertThat(analyst.driver().findElements(By.id("users"))).isEmpty();

            analyst.open("admin/audit");

            assertThat(analyst.driver().findElements(By.id("audit-entries"))).isEmpty();
        }
    }

    @Test
    void anAdminFindsTheUsersScreenInTheNavigation() {
        browser.open("");
        browser.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space()='Users']"))
                .click();

        assertThat(browser.waitFor(By.id("users")).getText()).contains("admin");
    }

    @Test
    void anAdminReadsTheAuditLogFromTheNavigation() {
        browser.open("");
        browser.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space()='Audit log']"))
                .click();

        assertThat(browser.waitFor(By.id("audit-entries")).getText()).contains("admin", "SIGN_IN");
        browser.screenshot("audit");
    }

    /**
     * What a reader does on the screens is recorded where it happens: the search shown, the document opened and
     * the original downloaded, under their name and address.
     */
    @Test
    void searchingReadingAndDownloadingOnTheScreensAreAudited() {
        accounts.insert(new UserAccount(
                "ui-audited", encoder.encode("ui-audited-password"), Role.ANALYST, Marking.GREEN, true, Instant.now()));
        String documentId;
        try (BrowserSession reader = new BrowserSession(port)) {
            reader.signIn("ui-audited", "ui-audited-password");
            reader.open("?q=post-release%20monitoring&docType=meeting-notes");
            reader.waitFor(By.cssSelector(".hit-card .hit-title a")).click();
            reader.until(d -> d.getCurrentUrl().contains("/documents/"));
            reader.waitUntilIdle();
            documentId = reader.currentUrl().replaceAll(".*/documents/([^?]+).*", "$1");
            reader.scrollTo(By.cssSelector(".download-original")).click();
            reader.downloaded();
        }

        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                get("/api/audit?user=ui-audited&kind=DOWNLOAD&kind=DOCUMENT_VIEW&kind=SEARCH&kind=SIGN_IN")
                                        .get("entries"),
                        found -> found.size() >= 4
                                && found.get(0).get("kind").asText().equals("DOWNLOAD"));
        List<String> recorded = new ArrayList<>();
        entries.forEach(entry -> recorded.add(
                entry.get("kind").asText() + " " + entry.get("detail").asText()));
        assertThat(recorded)
                .startsWith("DOWNLOAD " + documentId, "DOCUMENT_VIEW " + documentId)
                .contains("SEARCH q=\"post-release monitoring\" docType=meeting-notes page=0")
                .endsWith("SIGN_IN signed in with the login form");
        // Chromium reaches "localhost" over IPv6
        entries.forEach(entry -> assertThat(entry.get("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    /**
     * A page that does not exist, a document that does not exist and a screen that fails show a message in words:
     * no list of the application's routes, no exception, no stack trace.
     */
    @Test
    void errorPagesShowWordsAndNoCode() {
        for (String path : List.of("no-such-page", "documents/no-such-document")) {
            browser.open(path);
            assertThat(shown()).as(path).contains("Nothing here").doesNotContain("route", "Exception", "at org.");
        }

        browser.open(FailureProbeView.ROUTE);

        assertThat(shown())
                .contains("Something went wrong")
                .doesNotContain(FailureProbeView.SECRET, "Exception", "at org.", "invariant");
    }

    @Test
    void onAPhoneTheFiltersAreADrawer() {
        browser.resize(390, 844);
        try {
            browser.open("?q=prosecution");
            WebElement panel = browser.driver().findElement(By.id("facet-panel"));
            assertThat(panel.isDisplayed()).isFalse();

            browser.waitFor(By.cssSelector(".facet-toggle")).click();

            browser.until(d -> panel.isDisplayed());
            browser.screenshot("search-phone");
            browser.waitFor(By.cssSelector(".facet-close")).click();
            browser.until(d -> !panel.isDisplayed());
        } finally {
            browser.resize(1366, 768);
        }
    }

    /** The text of the page as Vaadin drew it (opening a page waits until it has). */
    private String shown() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private String summary() {
        return browser.waitFor(By.cssSelector(".result-summary")).getText();
    }
}
