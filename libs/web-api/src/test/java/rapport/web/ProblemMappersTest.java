package rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRequestThatGaveUpWaitingForAConnectionIsARetryable503() {
        // what Hibernate throws when Agroal's acquisition timeout expires, wrapped once more by the transaction
        Throwable failure = new IllegalStateException("transaction failed",
                new RuntimeException("Unable to acquire JDBC Connection",
                        new SQLException("Sorry, acquisition timeout!")));

        Response response = mappers.unexpected(failure, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.getType()).hasToString("https://rapport.dev/problems/overloaded");
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getExtensions()).doesNotContainKey("errorId");
    }

    @Test
    void theTimeoutWhileOpeningANewConnectionIsOverloadToo() {
        Response response = mappers.unexpected(
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"), null);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void aServerWithNoConnectionSlotLeftIsOverloadToo() {
        // what the pool's attempt to open one more connection gets when the server's max_connections are all taken
        Throwable failure = new IllegalStateException("could not keep the Idempotency-Key of a request",
                new SQLException("FATAL: sorry, too many clients already", "53300"));

        Response response = mappers.unexpected(failure, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((Problem) response.getEntity()).getType()).hasToString("https://rapport.dev/problems/overloaded");
    }

    @Test
    void anyOtherDatabaseFailureStaysA500WithAnErrorId() {
        Response response = mappers.unexpected(new RuntimeException("could not execute statement",
                new SQLException("ERROR: deadlock detected")), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(((Problem) response.getEntity()).getExtensions()).containsKey("errorId");
    }

    @Test
    void aTransactionThatLostARaceIsARetryable503() {
        for (String state : new String[] { "40P01", "40001", "55P03" }) {
            Response response = mappers.unexpected(new IllegalStateException("commit failed",
                    new SQLException("ERROR: deadlock detected", state)), null);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(((Problem) response.getEntity()).getType())
                    .hasToString("https://rapport.dev/problems/concurrent-update");
        }
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(mappers.unexpected(first, null).getStatus()).isEqualTo(500);
    }
}
