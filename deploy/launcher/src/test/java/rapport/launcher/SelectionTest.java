package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void emptyMeansEverything() {
        assertThat(Selection.of(List.of()).inStartOrder()).isEqualTo(Selection.ALL);
    }

    @Test
    void keepsStartOrderWhateverTheListOrder() {
        assertThat(Selection.of(List.of("keycloak", "kafka")).inStartOrder()).containsExactly("kafka", "keycloak");
    }

    @Test
    void servicesStandsForTheThreeServices() {
        Selection selection = Selection.of(List.of("services"));
        assertThat(selection.inStartOrder()).containsExactly("customer-service", "feedback-service", "kpi-service");
        assertThat(selection.includes("kafka")).isFalse();
    }

    @Test
    void stopsServicesFirstThenKeycloakThenKafka() {
        assertThat(Selection.all().processesInStopOrder())
                .containsExactly("web-console", "kpi-service", "feedback-service", "customer-service", "keycloak", "kafka");
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> Selection.of(List.of("redis"))).isInstanceOf(UsageException.class);
    }
}
