package org.lessons.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP request being answered on this thread, wherever the recording happens: in a REST controller, a Vaadin
 * view or a Spring Security listener. Spring binds it to the thread for every request, Vaadin's included.
 */
public final class CurrentRequest {

    private CurrentRequest() {}

    /**
     * The client's address. Behind a trusted proxy it is the address the proxy forwarded
     * ({@code server.forward-headers-strategy}), so a proxy does not make every entry look alike.
     */
    public static String clientAddress() {
        return request().map(HttpServletRequest::getRemoteAddr).orElse(null);
    }

    /** The path inside the application, such as {@code /api/search} or {@code /login}; empty outside a request. */
    public static String path() {
        return request()
                .map(request -> request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .orElse("");
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
