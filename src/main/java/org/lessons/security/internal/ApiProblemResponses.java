package org.lessons.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security refusals of the REST API written directly as problem details. Letting the container render them
 * would forward to its error page, which belongs to the UI and answers an API client with a login redirect.
 */
public final class ApiProblemResponses {

    private ApiProblemResponses() {}

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lessons\"");
            write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Sign in with HTTP Basic: a Lessons user name and password.");
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                "Your role does not allow this. Ask an administrator if you need it.");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(title, status, detail));
    }
}
