package org.lessons.savedquery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which addresses Lessons may call with a webhook. Any signed-in user can set one, and the server makes the call,
 * so without this check a user could make Lessons reach what only the server reaches: the cloud metadata service
 * (169.254.169.254), an admin port on localhost, a database on the internal network. Loopback, link-local,
 * private, unique-local and multicast addresses are refused unless an administrator allows them (receivers on
 * the same host or intranet). The host is resolved again before every call, since its DNS record may change.
 */
@Component
public final class WebhookTargets {

    private final boolean allowPrivateAddresses;

    public WebhookTargets(WebhookProperties properties) {
        this.allowPrivateAddresses = properties.allowPrivateAddresses();
    }

    /** Why Lessons will not call this address, or empty when it may. */
    public Optional<String> refusal(String url) {
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return Optional.of("The webhook host " + host + " is a local or private address ("
                            + address.getHostAddress() + "). Lessons only calls public addresses; an administrator "
                            + "can allow others with lessons.webhooks.allow-private-addresses.");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("The webhook host " + host + " cannot be found. Check the address.");
        }
    }

    private static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocalV6;
    }
}
