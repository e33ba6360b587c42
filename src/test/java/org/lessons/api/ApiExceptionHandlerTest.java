package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lessons.search.InvalidSearchException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void answersAFailureWithAProblemWhileNothingHasBeenSent() throws Exception {
        ProblemDetail refused =
                handler.badRequest(new InvalidSearchException("Use fewer wildcards."), new MockHttpServletResponse());
        ProblemDetail failed = handler.unexpected(new IllegalStateException("boom"), new MockHttpServletResponse());

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getDetail()).isEqualTo("Use fewer wildcards.");
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(failed.getDetail()).doesNotContain("boom");
    }

    @Test
    void leavesAFailureInADownloadAlreadyUnderWayToTheServerInsteadOfAppendingAProblemToIt() {
        MockHttpServletResponse streaming = new MockHttpServletResponse();
        streaming.setCommitted(true);
        InvalidSearchException timedOut = new InvalidSearchException("The search took too long.");
        IllegalStateException broken = new IllegalStateException("index closed");

        assertThatThrownBy(() -> handler.badRequest(timedOut, streaming)).isSameAs(timedOut);
        assertThatThrownBy(() -> handler.unexpected(broken, streaming)).isSameAs(broken);
        assertThat(streaming.getContentAsByteArray()).isEmpty();
    }
}
