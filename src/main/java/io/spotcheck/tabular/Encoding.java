package io.spotcheck.tabular;

/** What an input was found to be (reported beside the result, CONTRACT §2 version 2). */
public enum Encoding {
    UTF_8("UTF-8"),
    UTF_8_BOM("UTF-8 (BOM)"),
    GB18030("GB18030"),
    XLSX("XLSX");

    private final String label;

    Encoding(String label) {
        this.label = label;
    }

    /** How people name it: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code GB18030}, {@code XLSX}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
