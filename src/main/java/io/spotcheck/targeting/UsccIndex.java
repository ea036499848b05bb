package io.spotcheck.targeting;

import io.spotcheck.casefile.Uscc;

/**
 * Firm index by USCC without boxing: codes packed into two longs ({@link Uscc#packHigh}, {@link Uscc#packLow}),
 * open addressing with linear probing. A million firms, three million history look-ups: this is the hot path, so
 * each slot's code and value sit side by side ({@code high, low, value + 1}; 0 is an empty slot) and a look-up
 * mostly reads one cache line.
 */
final class UsccIndex {

    private static final int STRIDE = 3;

    private long[] slots = new long[STRIDE << 16];
    private int capacity = 1 << 16;
    private int size;

    private static int hash(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    /** The firm of a valid code, or -1. */
    int get(String uscc) {
        return get(Uscc.packHigh(uscc), Uscc.packLow(uscc));
    }

    int get(long h, long l) {
        int mask = capacity - 1;
        for (int i = hash(h, l) & mask; ; i = (i + 1) & mask) {
            int s = i * STRIDE;
            long v = slots[s + 2];
            if (v == 0 || (slots[s] == h && slots[s + 1] == l)) {
                return (int) v - 1;
            }
        }
    }

    /** Adds the code with {@code value} (at least 0); returns the value it already had, or -1. */
    int putIfAbsent(String uscc, int value) {
        if (2 * (size + 1) > capacity) {
            grow();
        }
        return insert(Uscc.packHigh(uscc), Uscc.packLow(uscc), value);
    }

    private int insert(long h, long l, int value) {
        int mask = capacity - 1;
        for (int i = hash(h, l) & mask; ; i = (i + 1) & mask) {
            int s = i * STRIDE;
            if (slots[s + 2] == 0) {
                slots[s] = h;
                slots[s + 1] = l;
                slots[s + 2] = value + 1L;
                size++;
                return -1;
            }
            if (slots[s] == h && slots[s + 1] == l) {
                return (int) slots[s + 2] - 1;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[STRIDE * capacity];
        size = 0;
        for (int s = 0; s < old.length; s += STRIDE) {
            if (old[s + 2] != 0) {
                insert(old[s], old[s + 1], (int) old[s + 2] - 1);
            }
        }
    }
}
