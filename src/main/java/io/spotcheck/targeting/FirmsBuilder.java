package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Grows the firm register and its pairs row by row while firms.csv is read. */
final class FirmsBuilder {

    final UsccIndex index = new UsccIndex();
    private final IntList line = new IntList();
    final IntList pairFirm = new IntList();
    final IntList pairCategory = new IntList();
    private final IntList firstPair = new IntList();
    private final List<String> uscc = new ArrayList<>();
    private final List<String> name = new ArrayList<>();
    private final List<String> district = new ArrayList<>();
    private final List<CreditRisk> credit = new ArrayList<>();
    private final List<Boolean> reachable = new ArrayList<>();

    /** Adds a firm; returns 0, or the line of the earlier row when {@code uscc} is already registered. */
    long add(String uscc, String name, String district, CreditRisk credit, boolean reachable, int[] categories,
             long line) {
        int f = this.uscc.size();
        int previous = index.putIfAbsent(uscc, f);
        if (previous >= 0) {
            return this.line.get(previous);
        }
        this.line.add((int) line);
        this.uscc.add(uscc);
        this.name.add(name);
        this.district.add(district);
        this.credit.add(credit);
        this.reachable.add(reachable);
        firstPair.add(pairCategory.size());
        for (int c : categories) {
            pairFirm.add(f);
            pairCategory.add(c);
        }
        return 0;
    }

    int size() {
        return uscc.size();
    }

    /** The pair of firm (packed code) and category {@code c}, or -1 when the firm does not have that category. */
    int pairOf(long high, long low, int c) {
        int f = index.get(high, low);
        if (f < 0) {
            return -1;
        }
        int end = f + 1 < firstPair.size() ? firstPair.get(f + 1) : pairCategory.size();
        for (int p = firstPair.get(f); p < end; p++) {
            if (pairCategory.get(p) == c) {
                return p;
            }
        }
        return -1;
    }

    PlanInput.Firms build() {
        int n = uscc.size();
        boolean[] reach = new boolean[n];
        for (int i = 0; i < n; i++) {
            reach[i] = reachable.get(i);
        }
        int[] first = Arrays.copyOf(firstPair.toArray(), n + 1);
        first[n] = pairCategory.size();
        return new PlanInput.Firms(n, uscc.toArray(String[]::new), name.toArray(String[]::new),
                district.toArray(String[]::new), credit.toArray(CreditRisk[]::new), reach, first);
    }

    /** A growable int array. */
    static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
