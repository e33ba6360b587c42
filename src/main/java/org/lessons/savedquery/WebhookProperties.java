package org.lessons.savedquery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How saved-query webhooks are delivered ({@code lessons.webhooks.*}).
 *
 * @param attempts tries per announcement before giving up; receivers are often briefly down
 * @param backoff the wait after the first failed try, doubled after each further one
 * @param timeout how long to wait for a connection and for an answer, so a stuck receiver holds nothing up long
 * @param publicUrl where Lessons is reached by the receivers' users, for the link in each announcement
 * @param allowPrivateAddresses whether webhooks may call loopback, link-local and private addresses (receivers on
 *     the same host or intranet); off, so that users cannot make the server reach its own network
 */
@ConfigurationProperties("lessons.webhooks")
public record WebhookProperties(
        @DefaultValue("3") int attempts,
        @DefaultValue("1s") Duration backoff,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("false") boolean allowPrivateAddresses) {}
