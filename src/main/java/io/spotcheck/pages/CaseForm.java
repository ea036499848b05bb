package io.spotcheck.pages;

import io.spotcheck.casefile.Problem;
import io.spotcheck.shared.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case form as the contract's JSON. Inputs are named by their JSON path ({@code firm.uscc},
 * {@code spotChecks[0].failedItems[1].standard}); empty inputs are left out and empty rows dropped, so the request
 * reads exactly as if pasted, through the same reader. The reader's problems name JSON paths; {@link #inputOf}
 * maps them back to the inputs that were filled in (rows shift when an empty row is dropped).
 */
final class CaseForm {

    /** The codes ticked as check boxes: each a JSON array of codes. */
    static final Set<String> CODE_LISTS = Set.of("findings", "circumstances", "penalties", "minorCircumstances");
    /** Leaves sent as JSON booleans ("true"/"false"). */
    private static final Set<String> BOOLEANS = Set.of("industryLeader", "reachable", "signed", "safetyCritical",
            "noIntentProven", "jurisdictionDisputed");
    /** Leaves sent as JSON numbers when they read as whole numbers (else as text, which the reader names). */
    private static final Set<String> NUMBERS = Set.of("year");
    /** Leaves that hold dates: 2026/10/20, 2026.10.20 and 2026年10月20日 are read as 2026-10-20. */
    private static final Set<String> DATES = Set.of("asOf", "sent", "noticeReceived", "correctionOrdered", "date");
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** The district select's choice for a firm outside Shanghai (sent as no district). */
    static final String OUTSIDE = "OUTSIDE";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,2})])?");
    private static final Set<String> ROOTS = Set.of("caseRef", "asOf", "firm", "spotChecks", "noIntentProven",
            "jurisdictionDisputed");

    private final Map<String, Object> json;
    private final Map<String, String> formPathOf = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private CaseForm(Map<String, Object> json) {
        this.json = json;
    }

    /** Reads the submitted inputs (first value of each; every value of the code lists). */
    static CaseForm of(Map<String, String[]> params) {
        return of(params, new CategoryNames(Map.of()));
    }

    /** The same, with categories typed by their catalogue name read as their code. */
    static CaseForm of(Map<String, String[]> params, CategoryNames categories) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (var e : new TreeMap<>(params).entrySet()) {
            String name = e.getKey();
            if (CODE_LISTS.contains(name)) {
                tree.put(name, List.of(e.getValue()));
                continue;
            }
            String value = e.getValue().length == 0 ? "" : e.getValue()[0].strip();
            if (value.isEmpty() || !ROOTS.contains(name.split("[.\\[]", 2)[0])
                    || name.equals("firm.district") && value.equals(OUTSIDE)) {
                continue;
            }
            if (name.endsWith(".categoryCode")) {
                value = categories.code(value);
            }
            put(tree, name, value);
        }
        for (String list : CODE_LISTS) {
            tree.putIfAbsent(list, List.of());
        }
        CaseForm form = new CaseForm(new LinkedHashMap<>());
        form.json.putAll(form.compact(tree, ""));
        // An empty firm is sent as {} so that each of its required fields is named at once, not "firm" alone.
        form.json.putIfAbsent("firm", new LinkedHashMap<String, Object>());
        String[] district = params.get("firm.district");
        if (district == null || district.length == 0 || district[0].isBlank()) {
            form.problems.add(new Problem("firm.district", "is required: choose the district, or outside Shanghai "
                    + "for a firm registered elsewhere"));
        }
        return form;
    }

    /** What the form itself refuses before the reader sees the request (the district left unchosen). */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The request body, as the API would receive it. */
    byte[] body() {
        return Json.compact(json).getBytes(StandardCharsets.UTF_8);
    }

    String pretty() {
        return Json.write(json);
    }

    /** The input a problem's JSON path belongs to: rows renumbered back to the form's rows. */
    String inputOf(String jsonPath) {
        String best = null;
        for (String prefix : formPathOf.keySet()) {
            if ((jsonPath.equals(prefix) || jsonPath.startsWith(prefix + ".") || jsonPath.startsWith(prefix + "["))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? jsonPath : formPathOf.get(best) + jsonPath.substring(best.length());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String name, String value) {
        String[] parts = name.split("\\.");
        Object node = tree;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = SEGMENT.matcher(parts[i]);
            if (!m.matches()) {
                return;
            }
            String key = m.group(1);
            boolean last = i == parts.length - 1;
            Map<String, Object> map = (Map<String, Object>) node;
            if (m.group(2) == null) {
                if (last) {
                    map.put(key, typed(key, value));
                    return;
                }
                Object next = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
                if (!(next instanceof Map)) {
                    return;
                }
                node = next;
            } else {
                int index = Integer.parseInt(m.group(2));
                Object list = map.computeIfAbsent(key, k -> new TreeMap<Integer, Object>());
                if (!(list instanceof TreeMap) || last) {
                    return;
                }
                node = ((TreeMap<Integer, Object>) list).computeIfAbsent(index, k -> new LinkedHashMap<String, Object>());
            }
        }
    }

    private static Object typed(String key, String value) {
        if (DATES.contains(key)) {
            Matcher m = LOOSE_DATE.matcher(value);
            if (m.matches()) {
                return m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
            }
        }
        if (BOOLEANS.contains(key) && ("true".equals(value) || "false".equals(value))) {
            return Boolean.valueOf(value);
        }
        if (NUMBERS.contains(key) && value.matches("-?\\d{1,9}")) {
            return Integer.valueOf(value);
        }
        return value;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** Rows (kept in index order) become arrays without their empty rows; each kept row's form path is noted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> compact(Map<String, Object> node, String jsonPath) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : node.entrySet()) {
            String path = jsonPath.isEmpty() ? e.getKey() : jsonPath + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof TreeMap<?, ?> rows) {
                List<Object> list = new ArrayList<>();
                for (var row : ((TreeMap<Integer, Object>) rows).entrySet()) {
                    String element = path + "[" + list.size() + "]";
                    formPathOf.put(element, formPath(path) + "[" + row.getKey() + "]");
                    Map<String, Object> kept = compact((Map<String, Object>) row.getValue(), element);
                    if (kept.isEmpty()) {
                        formPathOf.remove(element);
                    } else {
                        list.add(kept);
                    }
                }
                if (!list.isEmpty()) {
                    out.put(e.getKey(), list);
                }
            } else if (v instanceof Map<?, ?> map) {
                Map<String, Object> kept = compact((Map<String, Object>) map, path);
                if (!kept.isEmpty()) {
                    out.put(e.getKey(), kept);
                }
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** The form path of a JSON path whose enclosing rows are already mapped. */
    private String formPath(String jsonPath) {
        int cut = jsonPath.lastIndexOf('[');
        if (cut < 0) {
            return jsonPath;
        }
        int end = jsonPath.indexOf(']', cut);
        return inputOf(jsonPath.substring(0, end + 1)) + jsonPath.substring(end + 1);
    }
}
