package rapport.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

    private static final DataKey KEY = DataKey.generate();
    private static final UUID CUSTOMER = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = { "Ada Lovelace", "ada@example.org", "+44 20 7946 0321", "", "Zoë Ó Briain — “café” ☕" })
    void aProtectedValueRevealsItselfWithItsKey(String plaintext) {
        String protectedValue = FieldCipher.protect(KEY, CUSTOMER, "displayName", plaintext);
        assertThat(protectedValue).startsWith("pd1:").doesNotContain(plaintext.isEmpty() ? "\u0000" : plaintext);
        assertThat(FieldCipher.isProtected(protectedValue)).isTrue();
        assertThat(FieldCipher.reveal(KEY, CUSTOMER, "displayName", protectedValue)).isEqualTo(plaintext);
    }

    @Test
    void nullStaysNull() {
        assertThat(FieldCipher.protect(KEY, CUSTOMER, "email", null)).isNull();
        assertThat(FieldCipher.reveal(KEY, CUSTOMER, "email", null)).isNull();
    }

    @Test
    void everyEncryptionHasItsOwnIv() {
        String first = FieldCipher.protect(KEY, CUSTOMER, "email", "ada@example.org");
        String second = FieldCipher.protect(KEY, CUSTOMER, "email", "ada@example.org");
        assertThat(first).isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring(4))).hasSize(12 + "ada@example.org".length() + 16);
    }

    @Test
    void anotherKeyIsRefused() {
        String protectedValue = FieldCipher.protect(KEY, CUSTOMER, "email", "ada@example.org");
        assertThatThrownBy(() -> FieldCipher.reveal(DataKey.generate(), CUSTOMER, "email", protectedValue))
                .isInstanceOf(UnreadableFieldException.class).hasMessageNotContaining("ada");
    }

    @Test
    void aValueMovedToAnotherCustomerOrFieldIsRefused() {
        String protectedValue = FieldCipher.protect(KEY, CUSTOMER, "email", "ada@example.org");
        assertThatThrownBy(() -> FieldCipher.reveal(KEY, UUID.randomUUID(), "email", protectedValue))
                .isInstanceOf(UnreadableFieldException.class);
        assertThatThrownBy(() -> FieldCipher.reveal(KEY, CUSTOMER, "phone", protectedValue))
                .isInstanceOf(UnreadableFieldException.class);
    }

    @Test
    void everyTamperedByteIsRefused() {
        byte[] sealed = Base64.getDecoder().decode(FieldCipher.protect(KEY, CUSTOMER, "comment", "Kind staff").substring(4));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String value = "pd1:" + Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> FieldCipher.reveal(KEY, CUSTOMER, "comment", value))
                    .as("byte %d flipped", i).isInstanceOf(UnreadableFieldException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ada Lovelace", "pd1:not base64!", "pd1:", "pd1:AAAA", "pd2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
    void aValueNotInTheProtectedFormIsRefused(String value) {
        assertThatThrownBy(() -> FieldCipher.reveal(KEY, CUSTOMER, "displayName", value))
                .isInstanceOf(UnreadableFieldException.class);
    }

    @Test
    void aKeyTravelsAsBase64AndHidesItselfInText() {
        DataKey key = DataKey.generate();
        assertThat(DataKey.fromBase64(key.toBase64())).isEqualTo(key);
        assertThat(key.bytes()).hasSize(32);
        assertThat(key.toString()).doesNotContain(key.toBase64());
        assertThatThrownBy(() -> DataKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
