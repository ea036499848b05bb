package io.spotcheck.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON into plain values (Map, List, String, BigDecimal, Boolean, {@link #NULL}) while refusing what a
 * lenient mapper lets through: duplicate keys (named with their path), nesting deeper than a limit, and
 * trailing content. Syntax errors are reported with line and column.
 */
public final class JsonTree {

    /** A JSON {@code null}, kept apart from an absent key. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 16;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(100_000)
                    .maxNumberLength(100)
                    .build())
            .build();

    private JsonTree() {
    }

    /** Parses a whole document; throws {@link InvalidInputException} naming the first syntax problem. */
    public static Object parse(byte[] json) {
        List<Problem> duplicates = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(List.of(new Problem("$", "the body is empty; a JSON object is expected")));
            }
            Object value = read(parser, first, "$", duplicates);
            if (parser.nextToken() != null) {
                throw syntax(parser, "unexpected content after the end of the JSON document");
            }
            if (!duplicates.isEmpty()) {
                throw new InvalidInputException(duplicates);
            }
            return value;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("nesting depth")) {
                message = "nesting is deeper than " + MAX_DEPTH + " levels; the contract's shape is far shallower";
            }
            var loc = e.getLocation();
            String where = loc == null ? "$" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidInputException(List.of(new Problem(where, "malformed JSON: " + firstLine(message))));
        }
    }

    private static Object read(JsonParser p, JsonToken token, String path, List<Problem> duplicates) {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    String childPath = path.equals("$") ? name : path + "." + name;
                    Object child = read(p, p.nextToken(), childPath, duplicates);
                    if (map.containsKey(name)) {
                        duplicates.add(new Problem(childPath, "duplicate key \"" + name + "\""));
                    }
                    map.put(name, child);
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(read(p, t, path + "[" + list.size() + "]", duplicates));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new BigDecimal(p.getString());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw syntax(p, "unexpected token " + token);
        }
    }

    private static InvalidInputException syntax(JsonParser p, String message) {
        var loc = p.currentLocation();
        return new InvalidInputException(List.of(new Problem(
                "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), "malformed JSON: " + message)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
