package dev.slant.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void clearingEmptiesTheMapForReuse() {
        LongIntMap map = new LongIntMap();
        for (long key = 1; key <= 100; key++) {
            map.put(key * 0x9E3779B97F4A7C15L, (int) key);
        }
        assertEquals(42, map.get(42 * 0x9E3779B97F4A7C15L));
        map.clear();
        assertEquals(0, map.get(42 * 0x9E3779B97F4A7C15L));
        map.put(7, 3);
        assertEquals(3, map.get(7));
    }

    @Test
    void zeroIsReservedAndNonZeroMapsItAway() {
        LongIntMap map = new LongIntMap();
        assertThrows(IllegalArgumentException.class, () -> map.put(0, 1));
        map.put(LongIntMap.nonZero(0), 5);
        assertEquals(5, map.get(LongIntMap.nonZero(0)));
        assertEquals(12345L, LongIntMap.nonZero(12345L));
    }
}
