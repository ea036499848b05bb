package io.spotcheck.targeting;

import java.util.List;
import java.util.Map;

/** The key-product quality monitoring catalogue: every category with its risk level and key-catalogue flag. */
record Catalogue(List<Category> categories, Map<String, Integer> index) {

    record Category(String code, String name, int riskLevel, boolean key) {
    }

    Category get(int i) {
        return categories.get(i);
    }

    int size() {
        return categories.size();
    }
}
