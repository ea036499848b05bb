package io.spotcheck.tabular;

import java.util.Map;

/**
 * A header's columns by name, looked up once per cell of millions of rows: the callers name columns with literals,
 * which are interned, so the header's names are interned too and found by identity first, by the map otherwise.
 */
final class Columns {

    private final String[] names;
    private final int[] indexes;
    private final Map<String, Integer> byName;

    Columns(Map<String, Integer> byName) {
        this.byName = byName;
        this.names = new String[byName.size()];
        this.indexes = new int[byName.size()];
        int i = 0;
        for (var e : byName.entrySet()) {
            names[i] = e.getKey().intern();
            indexes[i++] = e.getValue();
        }
    }

    /** The column's index, or -1 when the header has no such column. */
    int index(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return indexes[i];
            }
        }
        Integer i = byName.get(name);
        return i == null ? -1 : i;
    }
}
