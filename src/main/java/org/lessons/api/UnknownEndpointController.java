package org.lessons.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers a path under {@code /api} that no endpoint serves with a 404 problem. Without it, the request would fall
 * through to Vaadin, which answers every unknown path with its HTML start page and a 200, which an API client
 * would take for success. Every more specific mapping wins over this one.
 */
@RestController
class UnknownEndpointController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("There is no " + request.getMethod() + " "
                + request.getRequestURI().substring(request.getContextPath().length())
                + " in the API; the README's REST API section lists the calls.");
    }
}
