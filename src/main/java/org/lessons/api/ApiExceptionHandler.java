package org.lessons.api;

import jakarta.servlet.http.HttpServletResponse;
import org.lessons.ingest.InsufficientStorageException;
import org.lessons.ingest.MarkingAboveClearanceException;
import org.lessons.ingest.UploadRejectedException;
import org.lessons.savedquery.NotOwnerException;
import org.lessons.search.InvalidSearchException;
import org.lessons.security.UserRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 7807 problem details whose {@code detail} tells the
 * caller what to change. Unexpected errors are logged with their stack trace and answered without it.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler({InvalidSearchException.class, BadRequestException.class})
    ProblemDetail badRequest(RuntimeException e, HttpServletResponse response) {
        rethrowIfStreaming(e, response);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    /**
     * A refused upload says why in {@code detail}, and in {@code reason} (the failure code of the library), the
     * type detected from its content and the types accepted, for clients that act on them.
     */
    @ExceptionHandler(UploadRejectedException.class)
    ProblemDetail uploadRejected(UploadRejectedException e) {
        ProblemDetail problem =
                switch (e.reason()) {
                    case UNSUPPORTED_TYPE ->
                        problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Format not accepted", e.getMessage());
                    case TOO_LARGE -> problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", e.getMessage());
                    case EMPTY -> problem(HttpStatus.BAD_REQUEST, "Empty file", e.getMessage());
                    default -> problem(HttpStatus.UNPROCESSABLE_ENTITY, "File refused", e.getMessage());
                };
        problem.setProperty("reason", e.reason().code());
        if (e.detectedType() != null) {
            problem.setProperty("detectedType", e.detectedType());
        }
        problem.setProperty("allowedTypes", e.allowedTypes());
        return problem;
    }

    /**
     * A disk short of space: how much is free, what Lessons keeps free and under which setting, so that an
     * administrator knows what to free; the {@code detail} says that nothing was kept and ingest resumes by itself.
     */
    @ExceptionHandler(InsufficientStorageException.class)
    ProblemDetail insufficientStorage(InsufficientStorageException e) {
        log.warn("Refused a write for lack of disk space: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.INSUFFICIENT_STORAGE, "Insufficient storage", e.getMessage());
        problem.setProperty("freeBytes", e.freeBytes());
        problem.setProperty("minFreeBytes", e.minFreeBytes());
        problem.setProperty("setting", InsufficientStorageException.SETTING);
        return problem;
    }

    /** An upload kept in the library as failed: why, and where the library lists it. */
    @ExceptionHandler(UploadNotIndexedException.class)
    ProblemDetail uploadNotIndexed(UploadNotIndexedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "File not indexed", e.getMessage());
        problem.setProperty("reason", e.outcome().reason());
        problem.setProperty("path", e.outcome().path());
        problem.setProperty("documentId", e.outcome().documentId());
        return problem;
    }

    @ExceptionHandler(UserRejectedException.class)
    ProblemDetail userRejected(UserRejectedException e) {
        return switch (e.reason()) {
            case UNKNOWN_USER -> problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
            case USERNAME_TAKEN -> problem(HttpStatus.CONFLICT, "Username taken", e.getMessage());
            case LAST_ADMIN -> problem(HttpStatus.CONFLICT, "Last administrator", e.getMessage());
            case INVALID_USERNAME, WEAK_PASSWORD, INVALID_ROLE, NO_CHANGE ->
                problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        };
    }

    @ExceptionHandler(MarkingAboveClearanceException.class)
    ProblemDetail aboveClearance(MarkingAboveClearanceException e) {
        return problem(HttpStatus.FORBIDDEN, "Above your clearance", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NotOwnerException.class)
    ProblemDetail notOwner(NotOwnerException e) {
        return problem(HttpStatus.FORBIDDEN, "Not yours", e.getMessage());
    }

    /** A request body whose values were refused while it was read (a saved query without a name) says why. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String detail = cause instanceof InvalidSearchException
                ? cause.getMessage()
                : "The request body could not be read: send JSON with the documented fields and types.";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(problem(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "File too large",
                        "The file is larger than the upload limit (spring.servlet.multipart.max-file-size)."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e;
        }
        rethrowIfStreaming(e, response);
        log.error("Unexpected error answering an API request", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on the server; it has been logged. Try again, and report it if it persists.");
    }

    /**
     * A download that fails after its first bytes were sent (an export, say) already has its status and type;
     * a problem written now would only be appended to the file. The failure goes on to the server instead,
     * which ends the response.
     */
    private static <E extends Exception> void rethrowIfStreaming(E e, HttpServletResponse response) throws E {
        if (response.isCommitted()) {
            throw e;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
