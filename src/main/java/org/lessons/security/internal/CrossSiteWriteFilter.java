package org.lessons.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that would change something through the API when a browser says they come from another site.
 * The API keeps no session, but browsers remember HTTP Basic credentials and send them again with any request to
 * the same server, including a form that another site submits (cross-site request forgery). Browsers name the
 * page a request comes from in {@code Origin}, and newer ones also say {@code Sec-Fetch-Site}; a script or curl
 * sends neither and is let through, as are Lessons' own pages. Reads are not refused: another site can make a
 * browser ask, but cannot read the answer.
 *
 * <p>The origin is compared with the request as the server sees it; behind a TLS proxy that is the forwarded
 * scheme and host ({@code server.forward-headers-strategy}).
 */
public class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod()) && fromAnotherSite(request)) {
            ApiProblemResponses.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Cross-site request refused",
                    "This request came from a page of another site, which may not change anything in Lessons."
                            + " Call the API from a script or program (without an Origin header) or from Lessons'"
                            + " own pages.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A foreign or opaque ({@code null}) origin, or the browser's own word that the request is cross-site. */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return CorsUtils.isCorsRequest(request) || "cross-site".equals(site) || "same-site".equals(site);
    }
}
