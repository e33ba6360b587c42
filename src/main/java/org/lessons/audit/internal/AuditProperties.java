package org.lessons.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings ({@code lessons.audit.*}).
 *
 * @param retention how long entries are kept; older ones are purged daily. A year covers the usual reviews and
 *     investigations while keeping the table, and what it says about people's reading, from growing for ever.
 */
@ConfigurationProperties("lessons.audit")
public record AuditProperties(@DefaultValue("365d") Duration retention) {

    public AuditProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("lessons.audit.retention must be longer than zero, not " + retention
                    + "; give a duration such as 365d.");
        }
    }
}
