package org.lessons.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily purge of old audit entries ({@code AuditRetention}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {}
