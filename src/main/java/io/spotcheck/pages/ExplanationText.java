package io.spotcheck.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A decision's explanation ("what it saw", "what it concluded") and timeline notes in the page's language.
 * <p>
 * The JSON keeps {@code detail}, {@code concluded} and {@code note} as the English the facts' {@code describe()}
 * writes (clients and the samples' expected decisions read it, and stored records hold it). That English is built
 * from a small, fixed set of sentences, so the page reads each sentence back by its pattern and writes it again
 * from the {@code explain.*} templates of the message bundles, with every code shown by its label. A stored record
 * of any age reads in Chinese this way, without re-deciding it. A sentence no pattern knows is shown as stored;
 * {@code ExplanationTextTest} keeps every sentence of the samples known.
 */
@Component("explanationText")
public class ExplanationText {

    private final MessageSource messages;

    ExplanationText(MessageSource messages) {
        this.messages = messages;
    }

    /** One way to read an argument: as it is, or as the label of a code. */
    private interface Arg extends BiFunction<ExplanationText, Locale, java.util.function.Function<String, String>> {
    }

    private record Sentence(Pattern pattern, String key, List<Arg> args) {
    }

    private static final String D = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String LEVEL = "(NATIONAL|MUNICIPAL|DISTRICT)";
    private static final String RESULT = "(PASS|FAIL)";
    private static final String CODE = "([A-Z][A-Z0-9_]*)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Arg AS_IS = (t, l) -> s -> s == null ? "" : s;

    /** The label of a code or a fixed English phrase ("signed for" reads as the key {@code prefix.signed_for}). */
    private static Arg label(String prefix) {
        return (t, l) -> s -> s == null ? "" : t.messages.getMessage(prefix + s.replaceAll("[^A-Za-z0-9_]", "_"),
                null, s, l);
    }

    /** A template around an optional value ("from 2027-03-02"), or nothing when the value is absent. */
    private static Arg optional(String key) {
        return (t, l) -> s -> s == null || s.isEmpty() ? "" : t.messages.getMessage(key, new Object[] {s}, l);
    }

    private static final Arg STANDARD = (t, l) -> s -> s == null || s.equals("null") || s.equals("no standard")
            ? t.messages.getMessage("explain.noStandard", null, l) : s;
    private static final Arg PLUS_ONE = (t, l) -> s -> Integer.toString(Integer.parseInt(s) + 1);
    private static final Arg FIRM = (t, l) -> s -> t.firmDetails(s, l);

    private static final List<Sentence> SENTENCES = List.of(
            s("as of " + D, "explain.asOf", AS_IS),
            s("firm (\\S+) \\((.+)\\)", "explain.firm", AS_IS, FIRM),
            s("check under decision: (\\d{4}) " + LEVEL + "(?: (.+?))? " + RESULT, "explain.check",
                    AS_IS, label("level."), AS_IS, label("result.")),
            s("spotChecks\\[(\\d+)]: (\\d{4}) " + LEVEL + " " + RESULT, "explain.history",
                    PLUS_ONE, AS_IS, label("level."), label("result.")),
            s("failed item (.+) \\((.+), (safety-critical|not safety-critical|unmarked)\\)", "explain.failedItem",
                    AS_IS, STANDARD, label("explain.safety.")),
            s("health/safety failure: (.+) \\((.+)\\)", "explain.healthSafety", AS_IS, STANDARD),
            s("(notice received|correction ordered) on " + D, "explain.lifecycle", label("explain.event."), AS_IS),
            s("(first|second|suspension) recheck on " + D + ": " + RESULT, "explain.recheck",
                    label("explain.recheck."), AS_IS, label("result.")),
            s("objection re-test on " + D + ": " + RESULT, "explain.retest", AS_IS, label("result.")),
            s("announced on " + D + " by the " + LEVEL + " bureau", "explain.announced", AS_IS, label("level.")),
            s("registered letter sent " + D + ", (signed for|returned unsigned)", "explain.letter",
                    AS_IS, label("explain.letter.")),
            s("finding " + CODE, "explain.finding", label("finding.")),
            s("circumstance " + CODE, "explain.circumstance", label("circumstance.")),
            s("heavier penalty " + CODE, "explain.heavierPenalty", label("penalty.")),
            s("penalty " + CODE, "explain.penalty", label("penalty.")),
            s("minor ground " + CODE, "explain.minor", label("minor.")),
            s("no intent proven: (true|false), jurisdiction disputed: (true|false)", "explain.flags",
                    label("explain.bool."), label("explain.bool.")),
            s("serious problem " + CODE, "explain.serious", label("category.")),
            s("filing lead: " + CODE, "explain.filingLead", label("explain.lead.")),
            s("filing obligation: " + CODE, "explain.filingObligation", label("explain.obligation.")),
            s("filing decision: (\\d+) working days after " + D + " = " + D, "explain.filingDecision",
                    AS_IS, AS_IS, AS_IS),
            s("filing " + CODE, "explain.filing", label("filing.")),
            s("(mandatory|discretionary) " + LEVEL + " interview", "explain.interview",
                    label("explain.interview."), label("level.")),
            s("failed national/municipal checks in (\\d{4}) and (\\d{4})", "explain.consecutive", AS_IS, AS_IS),
            s("firm unreachable at its registered address", "explain.unreachable"),
            s("listing on " + CODE, "explain.listing", label("list.")),
            s(CODE + " listing needs approval by the " + LEVEL + " bureau", "explain.approval",
                    label("list."), label("level.")),
            s(CODE + " listing waived: " + CODE, "explain.waived", label("list."), label("explain.waiver.")),
            s("Order 44 Art 7 act: " + CODE, "explain.act", label("explain.act.")),
            s("bad nature, serious circumstances and great social harm", "explain.circumstancesAll"),
            s("all three conditions of Order 44 Art 2 hold", "explain.conditionsAll"),
            s("failure not yet resolved by a passed re-check", "explain.unresolved"),
            s("open action " + CODE + "(?: from " + D + ")?(?: due " + D + ")?", "explain.action",
                    label("action."), optional("explain.action.from"), optional("explain.action.due")),
            s("(objection deadline|correction deadline|first re-check deadline|second re-check window opens"
                    + "|second re-check deadline): " + D + " \\+ (\\d+) days = " + D + " \\(" + WEEKDAY + "\\)"
                    + ", a rest day, so due on the next working day " + D + " \\(" + WEEKDAY + "\\)",
                    "explain.deadlineMoved", label("explain.deadline."), AS_IS, AS_IS, AS_IS,
                    label("explain.weekday."), AS_IS, label("explain.weekday.")),
            s("(objection deadline|correction deadline|first re-check deadline|second re-check window opens"
                    + "|second re-check deadline): " + D + " \\+ (\\d+) days = " + D + " \\(" + WEEKDAY + "\\)",
                    "explain.deadline", label("explain.deadline."), AS_IS, AS_IS, AS_IS, label("explain.weekday.")),
            s("the rest-day calendar has no schedule for (\\d{4}), so only weekends were skipped",
                    "explain.noCalendar", AS_IS),
            s("the rest-day calendar has no schedule for part of that time, so only weekends were skipped",
                    "explain.noCalendarPart"),
            s("case opened on " + D + ", filing " + CODE, "explain.caseOpened", AS_IS, label("filing.")),
            s("its conditions hold \\(the facts are explained by the rules that derived them\\)",
                    "explain.conditionsHold"),
            // Timeline notes.
            s("(\\d{4}) " + LEVEL + "(?: (.+))?", "explain.note.check", AS_IS, label("level."), AS_IS),
            s("closed", "explain.note.closed"),
            s("by " + LEVEL, "explain.note.by", label("level.")),
            s("passed: production and sale may resume \\(Order 18 Art 49\\)", "explain.note.resume"),
            s("passed: the re-test is final, the check counts as passed \\(Order 18 Art 37-43\\)",
                    "explain.note.retestFinal"),
            s("none: announced without a re-check \\(上海市产品质量条例 第三十条\\)", "explain.note.noRecheck"));

    private static Sentence s(String regex, String key, Arg... args) {
        return new Sentence(Pattern.compile(regex), key, List.of(args));
    }

    /**
     * A {@code detail} (sentences joined by "; ", firings by " | ") in the reader's language; sentences no pattern
     * knows stay as stored.
     */
    public String detail(String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        String firingSeparator = messages.getMessage("explain.separator.firing", null, locale);
        String sentenceSeparator = messages.getMessage("explain.separator", null, locale);
        List<String> firings = new ArrayList<>();
        for (String firing : stored.split(" \\| ", -1)) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : firing.split("; ", -1)) {
                sentences.add(sentence(sentence, locale));
            }
            firings.add(String.join(sentenceSeparator, sentences));
        }
        return String.join(firingSeparator, firings);
    }

    /** One concluded fact or one timeline note (several sentences when they are joined by "; "). */
    public String sentence(String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        String known = known(stored, locale);
        if (known != null) {
            return known;
        }
        if (stored.contains("; ")) {
            return detail(stored, locale);
        }
        return stored;
    }

    /** Whether a pattern reads this sentence (for the tests that keep the samples' sentences known). */
    boolean knows(String stored) {
        return SENTENCES.stream().anyMatch(s -> s.pattern.matcher(stored).matches());
    }

    private String known(String stored, Locale locale) {
        for (Sentence s : SENTENCES) {
            Matcher m = s.pattern.matcher(stored);
            if (m.matches()) {
                Object[] args = new Object[s.args.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = s.args.get(i).apply(this, locale).apply(m.group(i + 1));
                }
                return messages.getMessage(s.key, args, locale);
            }
        }
        return null;
    }

    /** "PRODUCER, 浦东新区, industry leader, reachable=false" with each part in the reader's language. */
    private String firmDetails(String parts, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String part : parts.split(", ")) {
            String key = switch (part) {
                case "PRODUCER", "SELLER", "ONLINE_SELLER" -> "firmRole." + part;
                case "outside Shanghai" -> "explain.firm.outside";
                case "industry leader" -> "explain.firm.leader";
                case "reachable=true" -> "explain.firm.reachable";
                case "reachable=false" -> "explain.firm.unreachable";
                default -> io.spotcheck.casefile.Districts.SHANGHAI.contains(part) ? "district." + part : null;
            };
            out.add(key == null ? part : messages.getMessage(key, null, part, locale));
        }
        return String.join(messages.getMessage("explain.separator.list", null, locale), out);
    }
}
