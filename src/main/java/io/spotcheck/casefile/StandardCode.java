package io.spotcheck.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Chinese standard code that tell mandatory from recommended standards: its family and its
 * suffix (none, /T recommended, /Z guidance). Codes are read as officers type them: after Unicode NFKC
 * (full-width to half-width), upper-casing and removing spaces, so {@code gb18401-2010} and
 * {@code ＧＢ 18401-2010} both read as {@code GB 18401-2010}; {@link #code} keeps the text as typed. Which
 * combinations are mandatory is decided in rules/classification, not here.
 */
public record StandardCode(@JsonValue String code, StandardFamily family, StandardSuffix suffix) {

    /** The families a code may belong to, as the message of a refused code names them. */
    public static final String ACCEPTED = "GB, GB/T, GB/Z, GBZ, GBZ/T (national); a two-letter industry code "
            + "such as QB or QB/T; DB31, DB31/ or DB31/T (local, any province's DBnn); T/… (group); Q/… "
            + "(enterprise); JJF, JJG (metrology); ISO, IEC, EN (international)";

    private static final String NUMBER = "\\d+(?:\\.\\d+)*(?:[-—–]\\d{2,4})?";
    private static final Pattern NATIONAL = Pattern.compile("^GBZ?(?:/([TZ]))?" + NUMBER + "$");
    private static final Pattern LOCAL = Pattern.compile("^DB\\d{2}(?:/([TZ])?)?" + NUMBER + "$");
    private static final Pattern INDUSTRY = Pattern.compile("^[A-Z]{2}(?:/([TZ]))?" + NUMBER + "$");
    /** The families whose code carries a /T or /Z suffix, tried in this order (GB before the industry codes). */
    private static final Map<Pattern, StandardFamily> SUFFIXED = new LinkedHashMap<>(Map.of());

    static {
        SUFFIXED.put(NATIONAL, StandardFamily.NATIONAL);
        SUFFIXED.put(LOCAL, StandardFamily.LOCAL);
        SUFFIXED.put(INDUSTRY, StandardFamily.INDUSTRY);
    }

    private static final Pattern GROUP = Pattern.compile("^T/[^/].*$");
    private static final Pattern ENTERPRISE = Pattern.compile("^Q/[^/].*$");
    private static final Pattern METROLOGY = Pattern.compile("^JJ[FG](?:\\(.+\\))?\\d.*$");
    private static final Pattern INTERNATIONAL = Pattern.compile("^(?:ISO|IEC|EN)[/\\d].*$");

    /** Reads a standard code such as {@code GB 4706.1-2005}, {@code gb/t1234-2010} or {@code DB31/ 1234-2020}. */
    public static Optional<StandardCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String typed = code.strip();
        String n = normalise(typed);
        if (INTERNATIONAL.matcher(n).matches()) {
            return Optional.of(new StandardCode(typed, StandardFamily.INTERNATIONAL, StandardSuffix.NONE));
        }
        if (METROLOGY.matcher(n).matches()) {
            return Optional.of(new StandardCode(typed, StandardFamily.METROLOGY, StandardSuffix.NONE));
        }
        if (GROUP.matcher(n).matches()) {
            return Optional.of(new StandardCode(typed, StandardFamily.GROUP, StandardSuffix.NONE));
        }
        if (ENTERPRISE.matcher(n).matches()) {
            return Optional.of(new StandardCode(typed, StandardFamily.ENTERPRISE, StandardSuffix.NONE));
        }
        for (Map.Entry<Pattern, StandardFamily> family : SUFFIXED.entrySet()) {
            Matcher m = family.getKey().matcher(n);
            if (m.matches()) {
                StandardSuffix suffix = m.group(1) == null ? StandardSuffix.NONE : StandardSuffix.valueOf(m.group(1));
                return Optional.of(new StandardCode(typed, family.getValue(), suffix));
            }
        }
        return Optional.empty();
    }

    /** NFKC, upper case, no white space: the form the families are matched on. */
    static String normalise(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
