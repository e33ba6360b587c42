package org.lessons.savedquery;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.search.InvalidSearchException;
import org.lessons.testsupport.SearchFixtureTest;
import org.lessons.testsupport.TestSavedQueries;

class SavedQueryWebhookTest extends SearchFixtureTest {

    @Test
    void aWebhookToTheServersOwnNetworkIsRefusedWhenSaved() {
        SavedQueryService saved = TestSavedQueries.service(fixture.search());
        SavedQueryDraft draft = new SavedQueryDraft(
                "Metadata", "evidence", Map.of(), "relevance", false, "http://169.254.169.254/latest/meta-data/");

        assertThatThrownBy(() -> saved.create(draft, "analyst"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("local or private address");
    }
}
