package org.lessons.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** The one clock, so that tests can fix time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
