package org.lessons.audit.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Purges entries older than {@code lessons.audit.retention}: a minute after start-up, then once a day. */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditRepository entries;
    private final AuditProperties properties;
    private final Clock clock;

    public AuditRetention(AuditRepository entries, AuditProperties properties, Clock clock) {
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    public void purge() {
        Instant cutOff = clock.instant().minus(properties.retention());
        try {
            int purged = entries.deleteBefore(cutOff);
            if (purged > 0) {
                log.info("Purged {} audit entries from before {} (lessons.audit.retention)", purged, cutOff);
            }
        } catch (RuntimeException failed) {
            log.warn("Could not purge the audit log; trying again tomorrow", failed);
        }
    }
}
