package org.lessons.library.ui;

import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.TestAudit;

/** The document screen built on the canaries' services, as Spring would inject them. */
final class CanaryDocumentView {

    private CanaryDocumentView() {}

    static DocumentView of(CanaryCorpus canaries) {
        return new DocumentView(
                canaries.library(),
                canaries.ingest(),
                canaries.handlings(),
                canaries.highlighter(),
                canaries.search(),
                TestAudit.log());
    }
}
