package org.lessons.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.lessons.marking.ClearanceDirectory;
import org.lessons.security.internal.ApiProblemResponses;
import org.lessons.security.internal.CrossSiteWriteFilter;
import org.lessons.security.internal.LoginProperties;
import org.lessons.security.internal.RememberingPasswordEncoder;
import org.lessons.security.internal.SignOutEndedAccounts;
import org.lessons.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.HstsConfig;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the REST API takes HTTP Basic on every request and keeps no session (so there is no cookie for a
 * cross-site request to ride, and CSRF tokens are not needed there), and refuses writes that browsers say come
 * from another site, since browsers replay remembered Basic credentials; the UI signs in with a form and a
 * session, with Vaadin's own CSRF protection for its requests and Spring's token on the login form; a session
 * whose account was disabled meanwhile ends at its next request. Only the health check is public.
 *
 * <p>Both doors send Spring Security's headers (nosniff, no framing, HSTS on requests that arrived over TLS,
 * never on plain HTTP where it would be ignored anyway), a Content-Security-Policy and a Referrer-Policy: search
 * words and document ids are in the UI's addresses, and should not travel to other sites in a Referer.
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
                        .requestMatchers(HttpMethod.PUT, "/api/documents/*/handling")
                        .hasAnyRole(Role.ADMIN.name(), Role.CURATOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/documents/*/handling")
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
                .addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(SecurityConfig::hsts))
                .build();
    }

    /**
     * Vaadin's configurer exempts the login form from CSRF protection, which lets another site sign a visitor in
     * to an account of its choosing (login CSRF). Its CSRF setup is replaced by the same exemption for Vaadin's
     * own requests, which carry Vaadin's token, and none for the form: the login page carries Spring's token in
     * its {@code _csrf} meta tags, and Vaadin's login form posts it from there. A post with a missing or wrong
     * token is refused (403) and never signed in; the browser then lands on the sign-in page again.
     */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, RequestUtil vaadinRequests, ClearanceDirectory clearances)
            throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(SecurityConfig::hsts))
                .addFilterBefore(new SignOutEndedAccounts(clearances), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * A year, for this host only: whether other hosts of the domain can do without plain HTTP is not Lessons' to
     * decide. Spring writes it only on requests that arrived over TLS.
     */
    private static void hsts(HstsConfig hsts) {
        hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(false);
    }

    /**
     * Bcrypt through the delegating encoder, so stored hashes name their algorithm and can be upgraded; matches are
     * remembered for {@code lessons.security.verified-password-memory}, so API calls do not each pay bcrypt.
     */
    @Bean
    PasswordEncoder passwordEncoder(LoginProperties login, Clock clock) {
        return new RememberingPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), login.verifiedPasswordMemory(), clock);
    }
}
