package org.lessons.testsupport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A screen that fails while opening, as a bug would, present only in the tests' application (it lives in the test
 * sources, which Vaadin scans with the rest of {@code org.lessons}), so that the browser tests can show what a
 * user sees of such a failure.
 */
@Route(FailureProbeView.ROUTE)
@PermitAll
public class FailureProbeView extends Div {

    public static final String ROUTE = "test-probe/failure";
    public static final String SECRET = "probe-view-detail-9c1e";

    public FailureProbeView() {
        throw new IllegalStateException("Broken invariant in the probe screen: " + SECRET);
    }
}
