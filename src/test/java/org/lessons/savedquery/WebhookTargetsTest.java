package org.lessons.savedquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A user's webhook must not make the server call what only the server can reach. */
class WebhookTargetsTest {

    private final WebhookTargets publicOnly = targets(false);

    @Test
    void refusesLoopbackPrivateLinkLocalAndUniqueLocalAddresses() {
        assertThat(publicOnly.refusal("http://127.0.0.1:8080/admin")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("127.0.0.1", "lessons.webhooks.allow-private-addresses"));
        assertThat(publicOnly.refusal("http://localhost/hook")).isPresent();
        assertThat(publicOnly.refusal("http://169.254.169.254/latest/meta-data/"))
                .isPresent();
        assertThat(publicOnly.refusal("http://10.1.2.3/hook")).isPresent();
        assertThat(publicOnly.refusal("http://192.168.0.10/hook")).isPresent();
        assertThat(publicOnly.refusal("http://[fd00::1]/hook")).isPresent();
        assertThat(publicOnly.refusal("http://[::1]/hook")).isPresent();
    }

    @Test
    void callsPublicAddresses() {
        assertThat(publicOnly.refusal("https://93.184.215.14/hook")).isEmpty();
    }

    @Test
    void anAdministratorCanAllowReceiversOnTheSameNetwork() {
        assertThat(targets(true).refusal("http://127.0.0.1:9000/hook")).isEmpty();
    }

    private static WebhookTargets targets(boolean allowPrivate) {
        return new WebhookTargets(new WebhookProperties(
                3, Duration.ofSeconds(1), Duration.ofSeconds(5), "http://localhost:8080", allowPrivate));
    }
}
