package org.lessons.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import org.lessons.ingest.IngestOutcome;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.InsufficientStorageException;
import org.lessons.ingest.UploadFormats;
import org.lessons.ingest.UploadRejectedException;
import org.lessons.search.PassageAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds files to the corpus: drop several at once, watch each one's progress, and read how each ended — indexed
 * with its passage count, or the reason it failed. The browser's type and size checks only save a wasted
 * upload; the server refuses oversized requests and the ingest checks every file's real type and size again.
 */
@Route("upload")
@PageTitle("Upload · Lessons")
@RolesAllowed({"ADMIN", "CURATOR"})
class UploadView extends Div {

    private final IngestService ingest;
    private final UnorderedList outcomes = new UnorderedList();

    UploadView(IngestService ingest, IngestProperties limits) {
        this.ingest = ingest;
        addClassName("upload-view");
        long maxBytes = limits.maxFileSize().toBytes();
        Upload upload = new Upload(new IngestingUpload(maxBytes));
        upload.setId("upload");
        UploadFormats formats = ingest.uploadFormats();
        upload.setAcceptedFileTypes(formats.extensions().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(50);
        upload.setDropAllowed(true);
        upload.addAllFinishedListener(finished -> outcomes.getElement().setAttribute("aria-busy", "false"));
        upload.addStartedListener(started -> outcomes.getElement().setAttribute("aria-busy", "true"));
        outcomes.addClassName("upload-outcomes");
        outcomes.getElement().setAttribute("aria-live", "polite");
        outcomes.getElement().setAttribute("aria-label", "Outcome per file");
        add(
                new H1("Add documents"),
                new Paragraph("Drop files here or choose them: " + formats.names() + ", up to "
                        + limits.maxFileSize().toMegabytes() + " MB each. Each file is read, cut into passages and"
                        + " tagged; the outcome appears below."),
                upload,
                outcomes);
    }

    private ListItem outcome(String fileName, IngestOutcome outcome) {
        Span name = new Span(fileName);
        name.addClassName("upload-file");
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            Span failed = new Span("Failed (" + outcome.reason() + "): " + outcome.detail());
            failed.addClassNames("outcome", "outcome-failed");
            return new ListItem(name, failed);
        }
        Span indexed =
                new Span("Indexed, " + outcome.passages() + (outcome.passages() == 1 ? " passage" : " passages"));
        indexed.addClassNames("outcome", "outcome-indexed");
        Anchor open = new Anchor(new PassageAddress(outcome.documentId(), null, null).path(), "Open");
        open.getElement().setAttribute("router-link", true);
        return new ListItem(name, indexed, open);
    }

    private static ListItem refused(String fileName, String reason) {
        Span refused = new Span("Refused: " + reason);
        refused.addClassNames("outcome", "outcome-failed");
        return new ListItem(new Span(fileName), refused);
    }

    /**
     * Streams each file straight into the ingest, outside the session lock, so a large file or a slow parse does
     * not freeze the page; the outcome is added to the page afterwards.
     */
    private static final Logger LOG = LoggerFactory.getLogger(UploadView.class);

    private final class IngestingUpload implements UploadHandler {
        private final long maxBytes;

        IngestingUpload(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String fileName = event.getFileName();
            UI ui = event.getUI();
            try (InputStream content = event.getInputStream()) {
                IngestOutcome outcome = ingest.upload(fileName, content);
                ui.access(() -> outcomes.add(outcome(fileName, outcome)));
            } catch (UploadRejectedException | InsufficientStorageException rejected) {
                ui.access(() -> outcomes.add(refused(fileName, rejected.getMessage())));
            } catch (IOException | RuntimeException storing) {
                // the upload broke off or the file could not be stored: say so on this file's line, not nowhere
                LOG.warn("Upload of {} failed: {}", fileName, storing.toString());
                ui.access(() -> outcomes.add(refused(
                        fileName,
                        "It could not be stored (" + storing.getMessage() + "). Try again; if it fails "
                                + "again, tell an administrator.")));
            }
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }
    }
}
