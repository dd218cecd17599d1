package rapport.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiceTest {

    @Test
    void aDeckKeepsItsShareInEveryRunOfItsSize() {
        Dice.Deck deck = new Dice(3).deck(7, 20);
        for (int run = 0; run < 50; run++) {
            int hits = 0;
            for (int i = 0; i < 20; i++) {
                hits += deck.draw() ? 1 : 0;
            }
            assertThat(hits).isEqualTo(7);
        }
    }

    @Test
    void aDeckIsShuffledDifferentlyEachRun() {
        Dice.Deck deck = new Dice(3).deck(10, 20);
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            first.append(deck.draw() ? 'x' : '.');
        }
        for (int i = 0; i < 20; i++) {
            second.append(deck.draw() ? 'x' : '.');
        }
        assertThat(first.toString()).isNotEqualTo(second.toString());
    }
}
