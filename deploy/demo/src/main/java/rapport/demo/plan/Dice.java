package rapport.demo.plan;

import java.util.List;
import java.util.Random;

/** The planner's only source of chance: one seeded {@link Random}, so that a seed fixes the whole placement. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One of {@code options}, chosen with the given relative weights. */
    <T> T weighted(List<T> options, double... weights) {
        if (weights.length != options.size()) {
            throw new IllegalArgumentException(options.size() + " options, " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return options.get(i);
            }
        }
        return options.getLast();
    }

    /** A balanced deck: of every {@code size} draws exactly {@code hits} are true, in shuffled order. */
    Deck deck(int hits, int size) {
        return new Deck(random, hits, size);
    }

    /**
     * Draws that keep a share exact over every run of {@code size}, where independent coin flips would wander: the
     * planner uses them where the improvement story needs a share to be what it says in each window, whatever the
     * seed (docs in deploy/README.md, "./rapport demo").
     */
    static final class Deck {

        private final Random random;
        private final boolean[] cards;
        private final int hits;
        private int next;

        private Deck(Random random, int hits, int size) {
            if (hits < 0 || hits > size) {
                throw new IllegalArgumentException(hits + " hits in a deck of " + size);
            }
            this.random = random;
            this.cards = new boolean[size];
            this.hits = hits;
            this.next = size;
        }

        boolean draw() {
            if (next == cards.length) {
                shuffle();
            }
            return cards[next++];
        }

        private void shuffle() {
            for (int i = 0; i < cards.length; i++) {
                cards[i] = i < hits;
            }
            for (int i = cards.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                boolean swap = cards[i];
                cards[i] = cards[j];
                cards[j] = swap;
            }
            next = 0;
        }
    }
}
