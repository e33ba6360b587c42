package org.lessons.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint that fails as a bug would, present only in the tests' application (it lives in the test sources),
 * so that {@code ErrorAnswersIT} can show what a client sees of an unexpected failure. It sits in the API's
 * package so that the API's own error handling answers it, as it answers every real endpoint.
 */
@RestController
class FailureProbe {

    static final String PATH = "/api/test-probe/failure";
    static final String SECRET = "probe-internal-detail-7f3a";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("Broken invariant in the probe: " + SECRET);
    }
}
