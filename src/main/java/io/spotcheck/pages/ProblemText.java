package io.spotcheck.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message key for a reader's problem, so a field's error reads in the page's language; the reader's own
 * wording (English, exact) is shown beside it.
 */
final class ProblemText {

    private record Kind(Pattern pattern, String key) {
    }

    private static final List<Kind> KINDS = List.of(
            // the plan's files (CONTRACT §2): whole files and columns first, then what a row holds
            kind("^the file is missing", "problem.fileMissing"),
            kind("^missing required column", "problem.missingColumn"),
            kind("^column .* is named twice", "problem.columnTwice"),
            kind("Excel 97-2003", "problem.xls"),
            kind("not UTF-8 or GB18030", "problem.encoding"),
            kind("^unreadable (CSV|XLSX)", "problem.unreadable"),
            kind("^more than \\d+ rows", "problem.tooManyRows"),
            kind("^unknown part", "problem.unknownPart"),
            kind("is sent \\d+ times", "problem.sentTwice"),
            kind("is listed twice|is a duplicate firm", "problem.listedTwice"),
            kind("is not in catalogue\\.csv", "problem.notInCatalogue"),
            kind("must be 1, 2 or 3", "problem.riskLevel"),
            kind("must be non-empty and without ';'", "problem.inspectorId"),
            kind("is out of range", "problem.outOfRange"),
            kind("is required: upload the files", "problem.filesRequired"),
            kind("is required|must not be blank", "problem.required"),
            kind("is not a date that exists", "problem.date"),
            kind("unified social credit code", "problem.uscc"),
            kind("Shanghai's 16 districts", "problem.district"),
            kind("unknown code", "problem.code"),
            kind("must be a whole number|is not a whole number", "problem.number"),
            kind("is after asOf", "problem.afterAsOf"),
            kind("is before \\d{4}(,|$)", "problem.tooEarly"),
            kind("is before [A-Za-z]", "problem.order"),
            kind("recognisable standard code", "problem.standard"),
            kind("objection re-test; give a history entry", "problem.retestHistory"),
            kind("objection re-test passed and its result is final", "problem.retestFinal"),
            kind("the recheck passed; only a failed recheck", "problem.recheckPassed"),
            kind("a check that passed has", "problem.passed"),
            kind(" follows | is required when", "problem.sequence"),
            kind("malformed JSON|the body is empty|must be a JSON", "problem.json"),
            kind("duplicate key", "problem.duplicate"),
            kind("unknown field", "problem.unknownField"),
            kind("is longer than", "problem.tooLong"),
            kind("must be true or false|must be .* as a string|must be a string|must be a code", "problem.type"));

    private ProblemText() {
    }

    private static final Pattern TYPED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){0,60})\"");
    private static final Pattern USCC_CHECK = Pattern.compile("check character is '(.)' but GB 32100-2015 gives '(.)'");

    /**
     * What a problem says in the page's language: its kind, its arguments, and the words the reader typed (first
     * quoted in the reader's message), so that a Chinese page needs no English line beside it.
     */
    record Reading(String key, List<String> args, String typed) {
    }

    static Reading read(String message) {
        Matcher check = USCC_CHECK.matcher(message);
        if (check.find()) {
            return new Reading("problem.usccCheck", List.of(check.group(1), check.group(2)), typed(message));
        }
        return new Reading(key(message), List.of(), typed(message));
    }

    private static String typed(String message) {
        Matcher m = TYPED.matcher(message);
        return m.find() ? m.group(1).replace("\\\"", "\"") : null;
    }

    private static final Pattern COLUMN = Pattern.compile("^([a-z_]+): (.+)$", Pattern.DOTALL);

    /**
     * A problem of a plan file's row, {@code column: what is wrong}, as its place with the column named
     * ({@code firms.csv:3:4 district}) and what is wrong; other problems as they are.
     */
    static String[] placed(String field, String message) {
        Matcher m = COLUMN.matcher(message);
        return m.matches() && field.contains(":") ? new String[] {field + " " + m.group(1), m.group(2)}
                : new String[] {field, message};
    }

    /**
     * The case register's refusals (CONTRACT §7), tried before the kinds above (some would read too loosely there:
     * "is before the case was opened" is not a mere order of dates).
     */
    private static final List<Kind> REGISTER = List.of(
            kind("is after today", "problem.afterToday"),
            kind("is before the case was opened", "problem.beforeOpened"),
            kind("is before the event it withdraws", "problem.beforeWithdrawn"),
            kind("already has a live|is already closed", "problem.liveAlready"),
            kind("the case must be filed", "problem.mustFile"),
            kind("belongs to the check under decision", "problem.noCheck"),
            kind("is already held by", "problem.sameHolder"),
            kind("belongs to another case|^no event .* on this case", "problem.noSuchEvent"),
            kind("cannot be retracted|is already retracted", "problem.retractAgain"),
            kind("needs at least one code", "problem.noCodes"),
            kind("is stored with other values", "problem.reportStored"),
            kind("is already on line", "problem.reportTwice"),
            kind("is in use as a case reference", "problem.refInUse"),
            kind("is not item\\|standard\\|Y", "problem.itemFormat"),
            kind("a FAIL names at least one failed item", "problem.failNeedsItem"),
            kind("is not Y, N or empty", "problem.yesNo"),
            kind("is not true or false", "problem.type"),
            kind("is neither one of Shanghai's 16 districts nor MUNICIPAL", "problem.holder"));

    static String key(String message) {
        if (message.startsWith("\"\" is not a date")) {
            return "problem.required"; // an empty date field
        }
        for (Kind k : REGISTER) {
            if (k.pattern.matcher(message).find()) {
                return k.key;
            }
        }
        for (Kind k : KINDS) {
            if (k.pattern.matcher(message).find()) {
                return k.key;
            }
        }
        return "problem.other";
    }

    private static Kind kind(String regex, String key) {
        return new Kind(Pattern.compile(regex), key);
    }
}
