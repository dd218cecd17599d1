package rapport.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rapport.console.services.ServiceErrors;
import rapport.console.services.ServiceProblem;
import rapport.console.services.ServiceUnavailable;

class FormErrorsTest {

    private static ServiceProblem problem(int status, String json) {
        return (ServiceProblem) ServiceErrors.of("customer-service",
                Response.status(status).type("application/problem+json").entity(json).build());
    }

    @Test
    void aServicesFieldErrorsLandOnTheFormsFieldsAndTheRestOnTop() {
        ServiceProblem refused = problem(400, """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "summary", "message": "must not be blank"},
                            {"field": "techniques[1]", "message": "must not be null"},
                            {"field": "agent", "message": "must be a user name"}]}""");

        FormErrors errors = FormErrors.of(refused, Set.of("summary", "techniques"));

        assertThat(refused.type()).isEqualTo("validation");
        assertThat(errors.of("summary")).isEqualTo("must not be blank");
        assertThat(errors.of("techniques")).isEqualTo("must not be null");
        assertThat(errors.general()).containsExactly("agent: must be a user name");
    }

    @Test
    void aProblemNamingNoFieldIsShownByItsDetail() {
        ServiceProblem conflict = problem(409, """
                {"type": "https://rapport.dev/problems/duplicate-customer", "title": "Duplicate customer",
                 "status": 409, "detail": "a customer with this e-mail exists", "existingId": "42"}""");

        FormErrors errors = FormErrors.of(conflict, Set.of("email"));

        assertThat(errors.general()).containsExactly("a customer with this e-mail exists");
        assertThat(errors.has("email")).isFalse();
        assertThat(conflict.extension("existingId")).contains("42");
    }

    @Test
    void anAnswerThatIsNotProblemJsonStillSaysItsStatus() {
        ServiceProblem odd = (ServiceProblem) ServiceErrors.of("kpi-service",
                Response.status(404).type("text/plain").entity("nope").build());

        assertThat(FormErrors.of(odd, Set.of()).general()).containsExactly("Not Found");
    }

    @Test
    void aServerErrorIsAnUnavailableServiceNotAFormError() {
        RuntimeException failure = ServiceErrors.of("kpi-service", Response.status(500).entity("{}").build());

        assertThat(failure).isInstanceOf(ServiceUnavailable.class);
        assertThat(((ServiceUnavailable) failure).service()).isEqualTo("kpi-service");
    }
}
