package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.ingest.FailureReason;
import org.lessons.ingest.InsufficientStorageException;
import org.lessons.ingest.UploadRejectedException;
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

    @Test
    void answersARefusedUploadWithTheStatusOfItsReasonAndWhatWasDetected() {
        List<String> allowed = List.of("application/pdf", "text/plain");
        ProblemDetail unsupported = handler.uploadRejected(new UploadRejectedException(
                FailureReason.UNSUPPORTED_TYPE, "The file's content is image/png.", "image/png", allowed));
        ProblemDetail tooLarge = handler.uploadRejected(
                new UploadRejectedException(FailureReason.TOO_LARGE, "Larger than 1 MB.", null, allowed));
        ProblemDetail empty = handler.uploadRejected(
                new UploadRejectedException(FailureReason.EMPTY, "The uploaded file is empty.", null, allowed));

        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(unsupported.getDetail()).isEqualTo("The file's content is image/png.");
        assertThat(unsupported.getProperties())
                .containsEntry("reason", "unsupported-type")
                .containsEntry("detectedType", "image/png")
                .containsEntry("allowedTypes", allowed);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getProperties())
                .containsEntry("reason", "too-large")
                .doesNotContainKey("detectedType");
        assertThat(empty.getStatus()).isEqualTo(400);
    }

    @Test
    void answersAShortDiskWith507NamingTheFreeSpaceTheLimitAndItsSetting() {
        ProblemDetail full = handler.insufficientStorage(new InsufficientStorageException(
                "Only 300 MB are free on the disk of the data folder, and Lessons keeps at least 512 MB free.",
                300L << 20,
                512L << 20));

        assertThat(full.getStatus()).isEqualTo(507);
        assertThat(full.getTitle()).isEqualTo("Insufficient storage");
        assertThat(full.getDetail()).contains("300 MB", "512 MB");
        assertThat(full.getProperties())
                .containsEntry("freeBytes", 300L << 20)
                .containsEntry("minFreeBytes", 512L << 20)
                .containsEntry("setting", "lessons.ingest.min-free-space");
    }
}
