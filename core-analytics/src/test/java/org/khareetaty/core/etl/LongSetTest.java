package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The importer's duplicate-key set against {@code HashSet<Long>} on random keys. */
class LongSetTest {

    @Test
    void addAnswersAsAHashSetDoesThroughManyGrowths() {
        Random r = new Random(99);
        for (int run = 0; run < 10; run++) {
            LongSet set = new LongSet(1 + r.nextInt(50)); // small: the table grows many times
            Set<Long> oracle = new HashSet<>();
            long range = 1L << (4 + r.nextInt(16)); // small ranges repeat keys often
            for (int i = 0; i < 50_000; i++) {
                long key = switch (r.nextInt(4)) {
                    case 0 -> 0L; // the key the table uses for "empty"
                    case 1 -> r.nextLong(); // any bits, negative included
                    case 2 -> (r.nextLong() % range) << 32; // differ only in high bits
                    default -> r.nextLong() % range;
                };
                assertEquals(oracle.add(key), set.add(key), "run " + run + ", add #" + i + " of " + key);
            }
            for (long k : oracle) {
                assertEquals(false, set.add(k), "still holds " + k);
            }
        }
    }

    @Test
    void packedKeysReadBackAsTheSameSet() {
        Random r = new Random(5);
        long[] keys = new long[1_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i == 0 ? 0 : r.nextLong(); // distinct (seeded), the zero key included
        }
        LongSet set = new LongSet(16);
        set.addAll(LongSet.pack(keys, 600));
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (!set.add(keys[i])) {
                present.add(i);
            }
        }
        assertEquals(IntStream.range(0, 600).boxed().toList(), present, "exactly the first 600 keys were packed");
    }
}
