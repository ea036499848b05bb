package io.spotcheck.targeting;

import io.spotcheck.casefile.Uscc;
import java.util.Arrays;

/**
 * Firm index by USCC without boxing: codes packed into two longs ({@link Uscc#packHigh}, {@link Uscc#packLow}),
 * open addressing with linear probing. A million firms, three million history look-ups: this is the hot path.
 */
final class UsccIndex {

    private long[] high = new long[1 << 16];
    private long[] low = new long[1 << 16];
    private int[] values = filled(1 << 16);
    private int size;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static int hash(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    /** The firm of a valid code, or -1. */
    int get(String uscc) {
        return get(Uscc.packHigh(uscc), Uscc.packLow(uscc));
    }

    int get(long h, long l) {
        int mask = values.length - 1;
        for (int i = hash(h, l) & mask; ; i = (i + 1) & mask) {
            int v = values[i];
            if (v < 0 || (high[i] == h && low[i] == l)) {
                return v;
            }
        }
    }

    /** Adds the code with {@code value}; returns the value it already had, or -1. */
    int putIfAbsent(String uscc, int value) {
        if (2 * (size + 1) > values.length) {
            grow();
        }
        return insert(Uscc.packHigh(uscc), Uscc.packLow(uscc), value);
    }

    private int insert(long h, long l, int value) {
        int mask = values.length - 1;
        for (int i = hash(h, l) & mask; ; i = (i + 1) & mask) {
            if (values[i] < 0) {
                high[i] = h;
                low[i] = l;
                values[i] = value;
                size++;
                return -1;
            }
            if (high[i] == h && low[i] == l) {
                return values[i];
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldValues = values;
        high = new long[oldValues.length * 2];
        low = new long[oldValues.length * 2];
        values = filled(oldValues.length * 2);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] >= 0) {
                insert(oldHigh[i], oldLow[i], oldValues[i]);
            }
        }
    }
}
