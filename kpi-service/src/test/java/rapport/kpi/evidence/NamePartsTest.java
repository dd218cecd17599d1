package rapport.kpi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NamePartsTest {

    private static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void theCustomersNamePartsAreMaskedInAnyCaseAndHyphenatedOrApostrophisedFormsToo() {
        var hashes = NameParts.hashes(CUSTOMER, "Siobhán O'Brien-Smith");

        assertThat(NameParts.mask("siobhán here, SMITH to my friends; O'Brien-Smith on paper", CUSTOMER, hashes))
                .isEqualTo("[name removed] here, [name removed] to my friends; [name removed] on paper");
    }

    @Test
    void otherWordsOtherCustomersNamesAndNicknamesStay() {
        var hashes = NameParts.hashes(CUSTOMER, "Zelda Quixote");

        assertThat(NameParts.mask("Zeldas and Zel are not Zelda", CUSTOMER, hashes))
                .isEqualTo("Zeldas and Zel are not [name removed]");
        assertThat(NameParts.mask("Zelda", UUID.randomUUID(), hashes)).isEqualTo("Zelda");
        assertThat(NameParts.hashes(CUSTOMER, "Zelda Quixote")).isEqualTo(hashes).hasSize(2);
    }
}
