package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.spotcheck.casefile.Text;
import io.spotcheck.shared.Json;
import io.spotcheck.support.Samples;
import io.spotcheck.support.SignedInWebTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Issue 10: thousands of requests mutated from the sample cases, seeded so a failure can be replayed. None may
 * answer 5xx; every 4xx is problem+json; no answer names a Java class or library setting.
 */
class DecideFuzzTest extends SignedInWebTest {

    private static final long SEED = 20_271_201L;
    private static final int MUTANTS = 2_000;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org|tools|com|io)\\.[a-z0-9]+\\.|Exception\\b|StreamReadConstraints|JsonReadFeature"
                    + "|\\bat [a-z]+\\.");
    private static final Object[] ODD_VALUES = {null, true, false, 0, -1, 1993, 2027, 2200, 1e300, -0.5,
            new java.math.BigInteger("1" + "0".repeat(60)), "", " ", "A", "PRODUCER", "FAIL", "PASS", "MUNICIPAL",
            "2027-02-30", "2027-13-01", "1992-12-31", "9999-12-31", "2027-07-25", "\u0000", "a\u0085b", "\uD800",
            "\uDC00x", "😀", "x".repeat(201), "y".repeat(600), "GB 4706.1-2005", "GB/T 1-2000", "ＧＢ 18401-2010",
            "000000000000000000", "91310115MA1K3YJ574", "91310115MA1K3YJ575", "<script>", "' OR 1=1 --", "../../etc",
            List.of(), Map.of(), List.of(1, 2), Map.of("a", 1)};

    @Test
    @DisplayName("mutated sample cases never answer 5xx, and every refusal is problem+json naming no class")
    void mutatedCasesAreAnsweredCleanly() throws Exception {
        List<Object> samples = new ArrayList<>();
        for (Path p : Samples.cases()) {
            samples.add(Json.COMPACT.readValue(Files.readAllBytes(p), Object.class));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < MUTANTS; i++) {
            Object tree = copy(samples.get(random.nextInt(samples.size())));
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                tree = mutate(tree, random);
            }
            byte[] body = Json.compact(tree).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(6) == 0) {
                body = mangle(body, random);
            }

            var answer = mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse();

            int status = answer.getStatus();
            String text = answer.getContentAsString(StandardCharsets.UTF_8);
            String where = "mutant " + i + " (seed " + SEED + "): " + Text.cut(new String(body,
                    StandardCharsets.UTF_8), 400) + " → " + Text.cut(text, 400);
            statuses.merge(status, 1, Integer::sum);
            assertThat(status).as(where).isLessThan(500);
            if (status >= 400) {
                assertThat(answer.getContentType()).as(where).isEqualTo("application/problem+json");
            }
            assertThat(CLASS_NAME.matcher(text).find()).as(where).isFalse();
        }
        System.out.println("DecideFuzzTest: " + MUTANTS + " mutants, statuses " + statuses);
        assertThat(statuses.keySet()).as("statuses %s", statuses).contains(200, 400);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return node;
    }

    /** One structural change somewhere in the tree: a value replaced, a key dropped or added, an array grown. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object root, SplittableRandom random) {
        List<Object> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return odd(random);
        }
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            List<String> keys = new ArrayList<>(map.keySet());
            int kind = random.nextInt(5);
            if (kind == 0 && !keys.isEmpty()) {
                map.remove(keys.get(random.nextInt(keys.size())));
            } else if (kind == 1) {
                map.put(random.nextBoolean() ? "unknownField" : "x".repeat(1 + random.nextInt(300)), odd(random));
            } else if (!keys.isEmpty()) {
                map.put(keys.get(random.nextInt(keys.size())), odd(random));
            }
        } else {
            List<Object> list = (List<Object>) target;
            int kind = random.nextInt(4);
            if (kind == 0 && !list.isEmpty()) {
                list.remove(random.nextInt(list.size()));
            } else if (kind == 1 && !list.isEmpty()) {
                Object first = list.get(0);
                int n = random.nextBoolean() ? 100 - list.size() : 101 - list.size() + random.nextInt(5);
                for (int k = 0; k < n; k++) {
                    list.add(copy(first));
                }
            } else if (!list.isEmpty()) {
                list.set(random.nextInt(list.size()), odd(random));
            } else {
                list.add(odd(random));
            }
        }
        return root;
    }

    private static void collect(Object node, List<Object> out) {
        if (node instanceof Map<?, ?> map) {
            out.add(node);
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            out.add(node);
            list.forEach(v -> collect(v, out));
        }
    }

    private static Object odd(SplittableRandom random) {
        Object v = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
        return v instanceof List<?> || v instanceof Map<?, ?> ? copy(v) : v;
    }

    /** Byte-level damage: a cut, a random byte, a duplicated key, or a lone surrogate escape spliced in. */
    private static byte[] mangle(byte[] body, SplittableRandom random) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = random.nextInt(Math.max(1, text.length()));
        return switch (random.nextInt(5)) {
            case 0 -> java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
            case 1 -> {
                byte[] out = body.clone();
                out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                yield out;
            }
            case 2 -> text.replaceFirst("\\{", "{\"caseRef\":\"A\",\"caseRef\":\"B\",").getBytes(StandardCharsets.UTF_8);
            case 3 -> text.replace("\"PRODUCER\"", "\"\\uD800\"").replace("\"FAIL\"", "NaN")
                    .getBytes(StandardCharsets.UTF_8);
            default -> (text.substring(0, at) + "[[[[[[[[[[[[[[[[[[[[" + text.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }
}
