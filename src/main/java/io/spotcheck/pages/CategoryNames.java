package io.spotcheck.pages;

import io.spotcheck.engine.RuleSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The key-product catalogue of {@code rules/catalogue/key-products.csv} (the one {@code samples/plan/catalogue.csv}
 * uses), so that the forms offer categories by name: code → name, in the file's order. Missing file: no names.
 */
record CategoryNames(Map<String, String> byCode) {

    static final String FILE = "catalogue/key-products.csv";

    static CategoryNames from(RuleSource source) {
        Map<String, String> names = new LinkedHashMap<>();
        source.files().stream().filter(f -> f.path().equals(FILE)).findFirst().ifPresent(f -> {
            String text = f.text();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text))) {
                for (CSVRecord r : parser) {
                    names.put(r.get("category_code").strip(), r.get("name").strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new CategoryNames(Collections.unmodifiableMap(names));
    }

    /** The code of a category typed by its exact name (电热水壶 → its code); anything else is kept as typed. */
    String code(String typed) {
        for (var e : byCode.entrySet()) {
            if (e.getValue().equals(typed)) {
                return e.getKey();
            }
        }
        return typed;
    }

    /** "电线电缆" for DX-01, or null for a code outside the catalogue. */
    public String name(String code) {
        return code == null ? null : byCode.get(code);
    }
}
