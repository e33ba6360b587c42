package org.lessons.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.lessons.security.internal.ApiProblemResponses;
import org.lessons.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors: the REST API takes HTTP Basic on every request and keeps no session (so there is no cookie for
 * a cross-site request to ride, and CSRF tokens are not needed there); the UI signs in with a form and a
 * session, with Vaadin's own CSRF protection. Only the health check is public.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /** The API answers data, never pages: nothing may load from it or frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * What Vaadin's client needs and nothing more: its scripts and styles are served by Lessons itself, some of
     * them inline (the bootstrap page) or evaluated (the dev-mode bundle); it talks back to the same origin only,
     * and no other site may frame it (clickjacking).
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/documents")
                        .hasAnyRole(Role.ADMIN.name(), Role.CURATOR.name())
                        .requestMatchers("/api/users", "/api/users/**", "/api/audit", "/api/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.CURATOR.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiProblemResponses.unauthorized())
                        .accessDeniedHandler(ApiProblemResponses.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY)))
                .build();
    }

    /** Bcrypt through the delegating encoder, so stored hashes name their algorithm and can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
