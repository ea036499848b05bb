package io.spotcheck.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON into plain values (Map, List, String, BigDecimal, Boolean, {@link #NULL}) while refusing what a
 * lenient mapper lets through: duplicate keys (named with their path), nesting deeper than a limit, trailing
 * content, and (CONTRACT §4 "Limits") text with control characters or unpaired surrogates (which the parser decodes
 * as they come and a UTF-8 writer would later turn into {@code ?}), text longer than {@value #MAX_TEXT} code points
 * and arrays of more than {@value #MAX_ARRAY} elements. Syntax errors are reported with line and column; no message
 * quotes more than a few dozen characters of the input, nor names a parser setting.
 */
public final class JsonTree {

    /** A JSON {@code null}, kept apart from an absent key. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** The longest text any field may hold (CONTRACT §4: {@code reason}); most fields allow 200. */
    public static final int MAX_TEXT = 500;
    /** The most elements an array may hold (CONTRACT §4). */
    public static final int MAX_ARRAY = 100;
    private static final int MAX_KEY = 100;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_RAW_STRING = 20_000;
    private static final int MAX_NUMBER = 100;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_RAW_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Text.QUOTE)
                    .maxRawContentLength(0)
                    .build())
            .build();

    private JsonTree() {
    }

    /** Parses a whole document; throws {@link InvalidInputException} naming the first syntax problem. */
    public static Object parse(byte[] json) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(List.of(new Problem("$", "the body is empty; a JSON object is expected")));
            }
            Object value = read(parser, first, "$", problems);
            if (parser.nextToken() != null) {
                throw syntax(parser, "unexpected content after the end of the JSON document");
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return value;
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "$" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidInputException(List.of(new Problem(where, "malformed JSON: " + message(e))));
        }
    }

    /** The parser's message in the contract's words: never a class, a setting, or much of the input. */
    static String message(JacksonException e) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (message != null && message.contains("nesting depth")) {
                return "nesting is deeper than " + MAX_DEPTH + " levels; the contract's shape is far shallower";
            }
            if (message != null && message.startsWith("Number")) {
                return "a number is longer than " + MAX_NUMBER + " characters";
            }
            return "a text is longer than " + MAX_RAW_STRING + " characters; no field allows more than " + MAX_TEXT;
        }
        if (message == null) {
            return "unreadable";
        }
        message = firstLine(message);
        int setting = message.indexOf('`');
        if (setting >= 0) {
            message = message.substring(0, setting).replaceAll("[:;,]?\\s*(enable|use|set)?\\s*$", "");
        }
        return Text.cut(message.strip(), 200);
    }

    private static Object read(JsonParser p, JsonToken token, String path, List<Problem> problems) {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    String childPath = (path.equals("$") ? "" : path + ".") + Text.cut(name, MAX_KEY);
                    Text.problem(name, MAX_KEY).ifPresent(m -> problems.add(new Problem(childPath, "key " + m)));
                    Object child = read(p, p.nextToken(), childPath, problems);
                    if (map.containsKey(name)) {
                        problems.add(new Problem(childPath, "duplicate key \"" + Text.cut(name, Text.QUOTE) + "\""));
                    }
                    map.put(name, child);
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (list.size() == MAX_ARRAY) {
                        problems.add(new Problem(path, "has more than " + MAX_ARRAY + " elements"));
                        p.skipChildren();
                        skipRest(p);
                        break;
                    }
                    list.add(read(p, t, path + "[" + list.size() + "]", problems));
                }
                return list;
            }
            case VALUE_STRING -> {
                String text = p.getString();
                Text.problem(text, MAX_TEXT).ifPresent(m -> problems.add(new Problem(path, m)));
                return text;
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

    /** Skips the remaining elements of the array the parser is in, leaving it on its END_ARRAY. */
    private static void skipRest(JsonParser p) {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
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
