package io.spotcheck.pages;

import io.spotcheck.audit.Replayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A replay's differences as a reader compares them: one row per field of the decision, under the field's label, the
 * stored value beside the replayed one, each as the words the decision page uses (应当立案, 严重违法失信名单 …, a
 * step with its dates, a rule with its name); what one side has and the other lacks is marked.
 */
record ReplayTable(List<Row> rows) {

    /** A field that differs: its label, what was stored and what the re-run gives. */
    record Row(String field, String label, List<Item> stored, List<Item> now) {
    }

    /** One value as read; {@code changed} when the other side lacks it. */
    record Item(String text, String code, boolean changed) {
    }

    static ReplayTable of(List<Replayer.Difference> differences, MessageSource messages, Locale locale) {
        Words words = new Words(messages, locale);
        List<Row> rows = new ArrayList<>();
        for (Replayer.Difference d : differences) {
            List<Item> stored = items(d.field(), d.stored(), words);
            List<Item> now = items(d.field(), d.now(), words);
            rows.add(new Row(d.field(), words.of("replayField." + d.field(), d.field()), mark(stored, now),
                    mark(now, stored)));
        }
        return new ReplayTable(rows);
    }

    /** The items of {@code side} with those the other side lacks marked. */
    private static List<Item> mark(List<Item> side, List<Item> other) {
        List<String> texts = other.stream().map(Item::text).toList();
        return side.stream().map(i -> new Item(i.text(), i.code(), !texts.contains(i.text()))).toList();
    }

    private static List<Item> items(String field, JsonNode value, Words words) {
        List<Item> out = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.add(new Item(words.of("replay.absent", "—"), null, false));
            return out;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                out.add(item(field, v, words));
            }
            if (out.isEmpty()) {
                out.add(new Item(words.of("common.none", "—"), null, false));
            }
            return out;
        }
        out.add(item(field, value, words));
        return out;
    }

    private static Item item(String field, JsonNode v, Words words) {
        return switch (field) {
            case "filing" -> new Item(words.of("filing." + v.asString(), v.asString()), v.asString(), false);
            case "serious" -> new Item(words.of(v.asBoolean() ? "common.yes" : "common.no", v.toString()), null,
                    false);
            case "seriousCategories" -> new Item(words.of("category." + v.asString(), v.asString()), v.asString(),
                    false);
            case "interviews" -> new Item(words.of("level." + v.path("level").asString(), v.path("level").asString())
                    + " · " + words.of(v.path("mandatory").asBoolean() ? "decision.mandatory" : "decision.discretionary",
                    ""), v.path("level").asString(), false);
            case "listings" -> new Item(words.of("list." + v.path("list").asString(), v.path("list").asString())
                    + (v.hasNonNull("approvalBy") ? " · " + words.of("decision.approvalBy", "",
                    words.of("level." + v.get("approvalBy").asString(), v.get("approvalBy").asString())) : ""),
                    v.path("list").asString(), false);
            case "actions" -> new Item(words.of("action." + v.path("code").asString(), v.path("code").asString())
                    + (v.hasNonNull("from") ? " · " + words.of("decision.fromDate", "", v.get("from").asString()) : "")
                    + (v.hasNonNull("due") ? " · " + words.of("decision.dueDate", "", v.get("due").asString()) : ""),
                    v.path("code").asString(), false);
            case "explanation" -> new Item(v.path("ruleId").asString() + " "
                    + v.path("name").path(words.english() ? "en" : "zh").asString(), v.path("ruleId").asString(),
                    false);
            default -> new Item(v.isValueNode() ? v.asString() : v.toString(), null, false);
        };
    }

    /** Messages in the reader's language, with a fallback when a code has no label. */
    private record Words(MessageSource messages, Locale locale) {

        String of(String key, String fallback, Object... args) {
            return messages.getMessage(key, args, fallback, locale);
        }

        boolean english() {
            return "en".equals(locale.getLanguage());
        }
    }
}
