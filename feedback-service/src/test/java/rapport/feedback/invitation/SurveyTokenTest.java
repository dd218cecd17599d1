package rapport.feedback.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyTokenTest {

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String value = SurveyToken.generate().value();
            assertThat(value).matches("[A-Za-z0-9_-]{43}");
            seen.add(value);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashIsSha256OfTheToken() {
        assertThat(HexFormat.of().formatHex(new SurveyToken("abc").hash()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyWellFormedTokensParse() {
        String good = SurveyToken.generate().value();
        assertThat(SurveyToken.parse(good)).contains(new SurveyToken(good));
        assertThat(SurveyToken.parse(good + "A")).isEmpty();
        assertThat(SurveyToken.parse(good.substring(1) + "=")).isEmpty();
        assertThat(SurveyToken.parse("../../etc/passwd")).isEmpty();
        assertThat(SurveyToken.parse(null)).isEmpty();
    }

    @Test
    void aTokenNeverPrintsItself() {
        SurveyToken token = SurveyToken.generate();
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
