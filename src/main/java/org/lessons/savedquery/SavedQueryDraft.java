package org.lessons.savedquery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SortOrder;

/**
 * What a user writes when saving or changing a saved query: everything but its id, owner and counts. Checked
 * here, so that a stored saved query always runs.
 *
 * @param webhookUrl an http or https address to announce new matches to, or null for none
 */
public record SavedQueryDraft(
        String name, String q, Map<String, List<String>> filters, String sort, boolean shared, String webhookUrl) {

    static final int MAX_NAME = 200;

    public SavedQueryDraft {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidSearchException("A saved query needs a name of 1 to " + MAX_NAME + " characters.");
        }
        q = q == null ? "" : q.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = SortOrder.parse(sort).id();
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : checkedWebhook(webhookUrl.strip());
    }

    private static String checkedWebhook(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2000) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidSearchException(
                "The webhook must be an http or https address such as https://example.org/hook, not '" + url + "'.");
    }
}
