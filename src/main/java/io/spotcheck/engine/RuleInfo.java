package io.spotcheck.engine;

import java.util.Map;

/** One rule as auditors see it: id, bilingual name, legal basis, and the file it lives in. */
public record RuleInfo(String id, String zh, String en, String basis, String file, String ruleName,
                       String phase) {

    public BilingualName names() {
        return new BilingualName(zh, en);
    }

    /** Reads rule metadata. The executable model keeps the quotes around values; the classic engine does not. */
    static String meta(Map<String, Object> metaData, String key) {
        Object v = metaData.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }
}
