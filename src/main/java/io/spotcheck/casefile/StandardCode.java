package io.spotcheck.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Chinese standard code that tell mandatory from recommended standards: its family
 * (GB national, two-letter industry, DB local, Q/ enterprise) and its suffix (none, /T recommended,
 * /Z guidance). Which combinations are mandatory is decided in rules/classification, not here.
 */
public record StandardCode(@JsonValue String code, StandardFamily family, StandardSuffix suffix) {

    private static final Pattern FORM = Pattern.compile(
            "^(GB|DB\\d{2}|[A-Z]{2})(?:\\s*/\\s*([TZ]))?\\s*\\d+(?:\\.\\d+)*(?:\\s*[-—–]\\s*\\d{2,4})?$");
    private static final Pattern ENTERPRISE = Pattern.compile("^Q\\s*/\\s*\\S.*$");

    /** Reads a standard code such as {@code GB 4706.1-2005}, {@code GB/T 1234-2010} or {@code QB 2172-2021}. */
    public static Optional<StandardCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        if (ENTERPRISE.matcher(trimmed).matches()) {
            return Optional.of(new StandardCode(trimmed, StandardFamily.ENTERPRISE, StandardSuffix.NONE));
        }
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        StandardFamily family = prefix.equals("GB") ? StandardFamily.NATIONAL
                : prefix.startsWith("DB") ? StandardFamily.LOCAL : StandardFamily.INDUSTRY;
        StandardSuffix suffix = m.group(2) == null ? StandardSuffix.NONE : StandardSuffix.valueOf(m.group(2));
        return Optional.of(new StandardCode(trimmed, family, suffix));
    }
}
