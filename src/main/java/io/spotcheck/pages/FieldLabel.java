package io.spotcheck.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a field of the case form carries, for a problem named by its form path: {@code firm.uscc} is
 * 统一社会信用代码, {@code spotChecks[0].failedItems[1].standard} is 第 2 项 依据标准. A path no field carries
 * (only possible with pasted JSON) has no label: the page shows the path.
 */
record FieldLabel(String key, Integer number) {

    private record Rule(Pattern path, String key, boolean numbered) {
    }

    private static final List<Rule> RULES = List.of(
            rule("caseRef", "case.caseRef"),
            rule("asOf", "case.asOf"),
            rule("firm", "case.section.firm"),
            rule("firm\\.(uscc|name|district|role|creditRisk|reachable|industryLeader)", "case.firm.$1"),
            rule("firm\\.registeredMail", "case.section.letters"),
            numbered("firm\\.registeredMail\\[(\\d+)](?:\\.(sent|signed))?", "case.letter.$2", "case.section.letters"),
            rule("spotChecks(?:\\[0])?", "case.section.check"),
            rule("spotChecks\\[0]\\.(year|level|result)", "case.check.$1"),
            rule("spotChecks\\[0]\\.categoryCode", "case.check.category"),
            rule("spotChecks\\[0]\\.failedItems", "case.section.failedItems"),
            numbered("spotChecks\\[0]\\.failedItems\\[(\\d+)](?:\\.(item|standard|safetyCritical))?", "case.item.$2",
                    "case.section.failedItems"),
            rule("spotChecks\\[0]\\.(noticeReceived|correctionOrdered)", "case.$1"),
            rule("spotChecks\\[0]\\.(retest|recheck|secondRecheck|suspensionRecheck)(?:\\.date)?", "case.$1.date"),
            rule("spotChecks\\[0]\\.(retest|recheck|secondRecheck|suspensionRecheck)\\.result", "case.$1.result"),
            rule("spotChecks\\[0]\\.announced(?:\\.date)?", "case.announced.date"),
            rule("spotChecks\\[0]\\.announced\\.by", "case.announced.by"),
            numbered("spotChecks\\[(\\d+)](?:\\.(year|level|categoryCode|result))?", "case.history.$2",
                    "case.section.history"),
            rule("(findings|circumstances|penalties)(?:\\[\\d+])?", "case.$1"),
            rule("minorCircumstances(?:\\[\\d+])?", "case.minor"),
            rule("(noIntentProven|jurisdictionDisputed)", "case.$1"));

    private static Rule rule(String path, String key) {
        return new Rule(Pattern.compile(path), key, false);
    }

    /** A field of a numbered row; {@code whole} labels the row itself when no field of it is named. */
    private static Rule numbered(String path, String key, String whole) {
        return new Rule(Pattern.compile(path), key + "|" + whole, true);
    }

    /** The label of a form path, or null when no field of the form carries it. */
    static FieldLabel of(String formPath) {
        for (Rule r : RULES) {
            Matcher m = r.path.matcher(formPath);
            if (!m.matches()) {
                continue;
            }
            if (!r.numbered) {
                return new FieldLabel(m.replaceFirst(r.key), null);
            }
            String[] keys = r.key.split("\\|");
            int row = Integer.parseInt(m.group(1));
            String field = m.group(2);
            if (field == null) {
                return new FieldLabel(keys[1], null);
            }
            String key = keys[0].replace("$2", "categoryCode".equals(field) ? "category"
                    : "safetyCritical".equals(field) ? "safety" : field);
            // History rows are numbered from the second check; the other rows from their first.
            return new FieldLabel(key, key.startsWith("case.history.") ? row : row + 1);
        }
        return null;
    }
}
