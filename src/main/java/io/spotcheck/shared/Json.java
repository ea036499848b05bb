package io.spotcheck.shared;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer of the command line, configured like the service's so both print the same JSON. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The same, without indentation: the canonical form the audit log stores and hashes. */
    public static final JsonMapper COMPACT = JsonMapper.builder().build();

    private Json() {
    }

    public static String compact(Object value) {
        return COMPACT.writeValueAsString(value);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
