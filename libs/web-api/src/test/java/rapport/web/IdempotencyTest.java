package rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyTest {

    @ParameterizedTest
    @ValueSource(strings = { "b7e4c1d2-9f3a-4e5b-8c6d-7a8b9c0d1e2f", "paper-form-0042", "x" })
    void acceptsVisibleAsciiKeys(String key) {
        Idempotency.requireValid(key);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "two words", "clé", "tab\there" })
    void refusesOtherKeysNamingTheHeader(String key) {
        assertThatThrownBy(() -> Idempotency.requireValid(key)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().getStatus()).isEqualTo(400);
            assertThat(e.problem().getErrors()).extracting(FieldError::field).containsExactly("Idempotency-Key");
        });
    }

    @Test
    void refusesKeysLongerThan200Characters() {
        Idempotency.requireValid("k".repeat(200));
        assertThatThrownBy(() -> Idempotency.requireValid("k".repeat(201))).isInstanceOf(ProblemException.class);
    }

    @Test
    void fingerprintIsTheSha256OfThePartsJoinedByNewlines() {
        // FIPS 180-2 test vector: SHA-256("abc")
        assertThat(Idempotency.fingerprint("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // `printf 'POST /x\n{"a":1}' | sha256sum`
        assertThat(Idempotency.fingerprint("POST /x", "{\"a\":1}"))
                .isEqualTo("578cb9de4974fcd1878cc290f84b5ebcd219294ceb3858de3d25affb39246822");
    }

    @Test
    void aReusedKeyIsA422NamingTheHeader() {
        Problem problem = Idempotency.reused().problem();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("https://rapport.dev/problems/idempotency-key-reused");
        assertThat(problem.getErrors()).extracting(FieldError::field).containsExactly("Idempotency-Key");
    }
}
