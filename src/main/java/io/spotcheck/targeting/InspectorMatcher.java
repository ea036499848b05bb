package io.spotcheck.targeting;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches two distinct inspectors to every batch (Order 18 Art 16: at least two samplers; 2020计划 二(一)2:
 * 随机匹配抽样人员). Batches are served in plan order; each takes the two inspectors with the fewest batches so
 * far, ties broken in draw order with pool {@code INSPECTOR:<inspector_id>}. Loads therefore never differ by more
 * than one, and no inspector carries more than ⌈2 × batches ÷ inspectors⌉.
 */
final class InspectorMatcher {

    private final List<PlanInput.Inspector> inspectors;
    private final DrawKeys keys;

    InspectorMatcher(List<PlanInput.Inspector> inspectors, String seed) {
        this.inspectors = inspectors;
        this.keys = new DrawKeys(seed);
    }

    /** For each batch (uscc, category), the two inspector ids; empty lists when there are no inspectors. */
    List<List<String>> match(List<String[]> batches) {
        List<List<String>> out = new ArrayList<>(batches.size());
        if (inspectors.size() < 2) {
            batches.forEach(b -> out.add(List.of()));
            return out;
        }
        int[] load = new int[inspectors.size()];
        for (String[] batch : batches) {
            int first = pick(batch, load, -1);
            int second = pick(batch, load, first);
            load[first]++;
            load[second]++;
            out.add(List.of(inspectors.get(first).id(), inspectors.get(second).id()));
        }
        return out;
    }

    private int pick(String[] batch, int[] load, int except) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < load.length; i++) {
            if (i != except) {
                min = Math.min(min, load[i]);
            }
        }
        int best = -1;
        long bestKey = 0;
        for (int i = 0; i < load.length; i++) {
            if (i == except || load[i] != min) {
                continue;
            }
            long k = keys.key("INSPECTOR:" + inspectors.get(i).id(), batch[0], batch[1]);
            if (best < 0 || Long.compareUnsigned(k, bestKey) < 0) {
                best = i;
                bestKey = k;
            }
        }
        return best;
    }
}
