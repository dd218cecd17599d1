package rapport.feedback;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import rapport.testing.fuzz.UriLabels;

/** What {@code /q/metrics} tells anyone, without a login (see docs/reliability.md, "What is public"). */
@QuarkusTest
class PublicEndpointsTest {

    @Test
    void metricsLabelRequestsByTheirRouteTemplateNeverByTheRequestedPath() {
        UriLabels.assertBoundedToTemplates();
    }
}
