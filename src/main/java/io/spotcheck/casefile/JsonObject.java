package io.spotcheck.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Typed, problem-collecting access to one JSON object of a {@link JsonTree}. Each getter records a
 * {@link Problem} with the field's full path instead of throwing, and returns null for a bad or absent value,
 * so one pass reports everything wrong. Keys never asked for are reported as unknown by {@link #finish()}.
 */
public final class JsonObject {

    private final Map<String, Object> values;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    private JsonObject(Map<String, Object> values, String path, List<Problem> problems) {
        this.values = values;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, or null (with a problem recorded) when {@code node} is not an object. */
    @SuppressWarnings("unchecked")
    public static JsonObject of(Object node, String path, List<Problem> problems) {
        if (node instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map, path, problems);
        }
        problems.add(new Problem(path, "must be a JSON object, got " + kind(node)));
        return null;
    }

    public String path(String key) {
        return path.isEmpty() || path.equals("$") ? key : path + "." + key;
    }

    public void problem(String key, String message) {
        problems.add(new Problem(path(key), message));
    }

    private Object raw(String key, boolean required) {
        known.add(key);
        Object v = values.get(key);
        if (v == null || v == JsonTree.NULL) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        return v;
    }

    public String string(String key, boolean required, int maxLength) {
        Object v = raw(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            problem(key, "must be a string, got " + kind(v));
            return null;
        }
        if (required && s.isBlank()) {
            problem(key, "must not be blank");
            return null;
        }
        int length = s.codePointCount(0, s.length());
        if (length > maxLength) {
            problem(key, "is longer than " + maxLength + " characters (" + length + ")");
            return null;
        }
        return s;
    }

    public Boolean bool(String key) {
        Object v = raw(key, false);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Boolean b)) {
            problem(key, "must be true or false, got " + kind(v));
            return null;
        }
        return b;
    }

    public Boolean requiredBool(String key) {
        Object v = values.get(key);
        if (v == null || v == JsonTree.NULL) {
            known.add(key);
            problem(key, "is required");
            return null;
        }
        return bool(key);
    }

    public Integer integer(String key, boolean required) {
        Object v = raw(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problem(key, "must be a whole number, got " + kind(v) + (v instanceof BigDecimal ? " " + v : ""));
            return null;
        }
        return n.intValueExact();
    }

    public LocalDate date(String key, boolean required) {
        String s = rawString(key, required, "an ISO date (YYYY-MM-DD)");
        if (s == null) {
            return null;
        }
        try {
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("form", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(key, "\"" + Text.cut(s, Text.QUOTE) + "\" is not a date that exists (expected YYYY-MM-DD)");
            return null;
        }
    }

    public <E extends Enum<E>> E code(String key, Class<E> type, boolean required) {
        String s = rawString(key, required, "a code");
        return s == null ? null : parseCode(s, type, path(key));
    }

    public <E extends Enum<E>> List<E> codes(String key, Class<E> type) {
        List<E> out = new ArrayList<>();
        List<Object> items = array(key);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            if (items.get(i) instanceof String s) {
                E e = parseCode(s, type, itemPath);
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            } else {
                problems.add(new Problem(itemPath, "must be a code string, got " + kind(items.get(i))));
            }
        }
        return out;
    }

    /** Reads an array of objects, each through {@code element} (given its object and path). */
    public <T> List<T> objects(String key, BiFunction<JsonObject, String, T> element) {
        List<T> out = new ArrayList<>();
        List<Object> items = array(key);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            JsonObject o = of(items.get(i), itemPath, problems);
            if (o != null) {
                T t = element.apply(o, itemPath);
                o.finish();
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The same, but the first element may be JSON {@code null} (kept as null in the list): "no check under decision,
     * the others are history" (CONTRACT §1 version 2). A list that is only {@code [null]} is empty.
     */
    public <T> List<T> objectsFirstMayBeNull(String key, BiFunction<JsonObject, String, T> element) {
        List<T> out = new ArrayList<>();
        List<Object> items = array(key);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            if (i == 0 && items.get(i) == JsonTree.NULL) {
                out.add(null);
                continue;
            }
            JsonObject o = of(items.get(i), itemPath, problems);
            if (o != null) {
                T t = element.apply(o, itemPath);
                o.finish();
                out.add(t);
            }
        }
        return out.size() == 1 && out.get(0) == null ? new ArrayList<>() : out;
    }

    /** The nested object under {@code key}, or null when absent or not an object (a problem is recorded). */
    public JsonObject object(String key, boolean required) {
        Object v = raw(key, required);
        return v == null ? null : of(v, path(key), problems);
    }

    private List<Object> array(String key) {
        Object v = raw(key, false);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(key, "must be a JSON array, got " + kind(v));
            return List.of();
        }
        return List.copyOf(list);
    }

    private String rawString(String key, boolean required, String what) {
        Object v = raw(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            problem(key, "must be " + what + " as a string, got " + kind(v));
            return null;
        }
        return s;
    }

    private <E extends Enum<E>> E parseCode(String s, Class<E> type, String where) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(new Problem(where, "unknown code \"" + Text.cut(s, Text.QUOTE) + "\"; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** Takes {@code keys} as known without reading them here (another reader checks them). */
    public void allow(String... keys) {
        known.addAll(java.util.Arrays.asList(keys));
    }

    /** Records every key that no getter asked for as unknown. */
    public void finish() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problem(key, "unknown field");
            }
        }
    }

    static String kind(Object v) {
        if (v == null || v == JsonTree.NULL) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
