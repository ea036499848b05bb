package io.spotcheck.support;

import io.spotcheck.decision.Decision;
import io.spotcheck.shared.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds case JSON for tests, as a client would send it, and decides it through the real reader and rules.
 * Starts as a Shanghai producer in 浦东新区 decided as of 2027-07-25 with no checks and no findings.
 */
public final class CaseBuilder {

    public static final String USCC = "91310115MA1K3YJ574";

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> firm = new LinkedHashMap<>();
    private final List<Map<String, Object>> checks = new ArrayList<>();

    private CaseBuilder() {
        root.put("caseRef", "TEST-1");
        root.put("asOf", "2027-07-25");
        root.put("firm", firm);
        root.put("spotChecks", checks);
        firm.put("uscc", USCC);
        firm.put("name", "上海某某电器有限公司");
        firm.put("district", "浦东新区");
        firm.put("role", "PRODUCER");
    }

    public static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    /** A producer whose check under decision (2027, municipal) failed. */
    public static CaseBuilder aFailedProducer() {
        return aCase().check(2027, "MUNICIPAL", "FAIL");
    }

    public CaseBuilder asOf(String date) {
        root.put("asOf", date);
        return this;
    }

    public CaseBuilder set(String key, Object value) {
        root.put(key, value);
        return this;
    }

    public CaseBuilder firm(String key, Object value) {
        if (value == null) {
            firm.remove(key);
        } else {
            firm.put(key, value);
        }
        return this;
    }

    public CaseBuilder role(String role) {
        return firm("role", role);
    }

    public CaseBuilder outOfTown() {
        return firm("district", null);
    }

    /** Adds a check; the first one added is the check under decision. */
    public CaseBuilder check(int year, String level, String result) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("year", year);
        c.put("level", level);
        c.put("categoryCode", "C0421");
        c.put("result", result);
        checks.add(c);
        return this;
    }

    public CaseBuilder failedItem(String item, String standard, Boolean safetyCritical) {
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) checks.get(0).computeIfAbsent("failedItems", k -> new ArrayList<>());
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("item", item);
        if (standard != null) {
            i.put("standard", standard);
        }
        if (safetyCritical != null) {
            i.put("safetyCritical", safetyCritical);
        }
        items.add(i);
        return this;
    }

    /** Sets a lifecycle field of the check under decision, e.g. {@code ("correctionOrdered", "2027-02-10")}. */
    public CaseBuilder lifecycle(String key, Object value) {
        checks.get(0).put(key, value);
        return this;
    }

    public CaseBuilder outcome(String key, String date, String result) {
        return lifecycle(key, Map.of("date", date, "result", result));
    }

    public CaseBuilder announced(String date, String by) {
        return lifecycle("announced", Map.of("date", date, "by", by));
    }

    public CaseBuilder letter(String sent, boolean signed) {
        @SuppressWarnings("unchecked")
        var letters = (List<Map<String, Object>>) firm.computeIfAbsent("registeredMail", k -> new ArrayList<>());
        letters.add(Map.of("sent", sent, "signed", signed));
        return this;
    }

    public CaseBuilder findings(String... codes) {
        return set("findings", Arrays.asList(codes));
    }

    public CaseBuilder circumstances(String... codes) {
        return set("circumstances", Arrays.asList(codes));
    }

    public CaseBuilder allCircumstances() {
        return circumstances("BAD_NATURE", "SERIOUS_CIRCUMSTANCES", "GREAT_SOCIAL_HARM");
    }

    public CaseBuilder penalties(String... codes) {
        return set("penalties", Arrays.asList(codes));
    }

    public CaseBuilder minor(String... codes) {
        return set("minorCircumstances", Arrays.asList(codes));
    }

    public byte[] json() {
        return Json.MAPPER.writeValueAsBytes(root);
    }

    public Decided decide() {
        Decision d = TestRules.DECIDER.decide(TestRules.READER.read(json()));
        return new Decided(d);
    }
}
