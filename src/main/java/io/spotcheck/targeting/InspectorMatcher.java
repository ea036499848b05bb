package io.spotcheck.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Matches two distinct inspectors to every batch (Order 18 Art 16: at least two samplers; 2020计划 二(一)2:
 * 随机匹配抽样人员). Batches are served in plan order; each takes the two inspectors with the fewest batches so
 * far, ties broken in draw order: an inspector with {@code n} batches ranks by the key of pool
 * {@code INSPECTOR_ROUND:<n>} with its {@code inspector_id} in the uscc place and an empty category. Loads never
 * differ by more than one, so no inspector carries more than ⌈2 × batches ÷ inspectors⌉.
 */
final class InspectorMatcher {

    private final List<PlanInput.Inspector> inspectors;
    private final DrawKeys keys;

    InspectorMatcher(List<PlanInput.Inspector> inspectors, String seed) {
        this.inspectors = inspectors;
        this.keys = new DrawKeys(seed);
    }

    private record Slot(int inspector, int load, long rank) {
    }

    /** For each of {@code batches} batches in plan order, the two inspector ids; empty when there are none. */
    List<List<String>> match(int batches) {
        List<List<String>> out = new ArrayList<>(batches);
        if (inspectors.size() < 2) {
            for (int b = 0; b < batches; b++) {
                out.add(List.of());
            }
            return out;
        }
        PriorityQueue<Slot> queue = new PriorityQueue<>((a, b) -> a.load() != b.load()
                ? Integer.compare(a.load(), b.load())
                : a.rank() != b.rank() ? Long.compareUnsigned(a.rank(), b.rank()) : Integer.compare(a.inspector(), b.inspector()));
        for (int i = 0; i < inspectors.size(); i++) {
            queue.add(slot(i, 0));
        }
        for (int b = 0; b < batches; b++) {
            Slot first = queue.poll();
            Slot second = queue.poll();
            out.add(List.of(inspectors.get(first.inspector()).id(), inspectors.get(second.inspector()).id()));
            queue.add(slot(first.inspector(), first.load() + 1));
            queue.add(slot(second.inspector(), second.load() + 1));
        }
        return out;
    }

    private Slot slot(int inspector, int load) {
        return new Slot(inspector, load, keys.key("INSPECTOR_ROUND:" + load, inspectors.get(inspector).id(), ""));
    }
}
