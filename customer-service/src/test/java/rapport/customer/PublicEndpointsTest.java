package rapport.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import rapport.testing.fuzz.UriLabels;

/** What {@code /q/health} and {@code /q/metrics} tell anyone, without a login (see docs/reliability.md, "What is public"). */
@QuarkusTest
class PublicEndpointsTest {

    @Test
    void healthDoesNotTellWhereTheBrokerIs() {
        String broker = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String health = given().get("/q/health").then().extract().asString();

        assertThat(health).contains("Kafka");
        for (String address : broker.split(",")) {
            assertThat(health).doesNotContain(address.strip());
            assertThat(health).doesNotContain(address.strip().replaceAll(":\\d+$", ""));
        }
    }

    @Test
    void metricsLabelRequestsByTheirRouteTemplateNeverByTheRequestedPath() {
        UriLabels.assertBoundedToTemplates();
    }
}
