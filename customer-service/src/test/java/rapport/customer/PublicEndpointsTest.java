package rapport.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What {@code /q/health} tells anyone, without a login (see deploy/README.md). */
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
}
