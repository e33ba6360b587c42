package org.lessons.savedquery;

import java.time.Instant;

/**
 * One attempt to announce new matches to a saved query's webhook, kept so that its owner can see whether and
 * why announcements fail.
 *
 * @param statusCode the receiver's HTTP status, or null when no answer came
 * @param error why the attempt failed without an answer, or null
 */
public record WebhookDelivery(Instant attemptedAt, int attempt, long newCount, Integer statusCode, String error) {

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
