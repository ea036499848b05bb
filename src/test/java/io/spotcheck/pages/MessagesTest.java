package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.CircumstanceCode;
import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.FindingCode;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.MinorGroundCode;
import io.spotcheck.casefile.PenaltyCode;
import io.spotcheck.casefile.Result;
import io.spotcheck.casefile.Role;
import io.spotcheck.classification.SeriousCategory;
import io.spotcheck.decision.Decision;
import io.spotcheck.filing.Filing;
import io.spotcheck.handling.ActionCode;
import io.spotcheck.listing.ListName;
import io.spotcheck.targeting.Exclusion;
import io.spotcheck.targeting.Reason;
import io.spotcheck.targeting.Tier;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label in both languages: the bundles have the same keys, and every key a page or code uses exists. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        zh.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
    }

    @Test
    void theChineseLabelsAreChinese() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> untranslated = new ArrayList<>();
        for (String k : zh.stringPropertyNames()) {
            if (zh.getProperty(k).equals(en.getProperty(k)) && !Set.of("hint.date").contains(k)) {
                untranslated.add(k);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Properties zh = bundle("messages.properties");
        Pattern key = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
        Pattern literal = Pattern.compile("msg\\('([\\w.]+)'\\)");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                for (Pattern p : List.of(key, literal)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        seen++;
                        if (!zh.containsKey(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeShownOnAPageHasALabel() throws IOException {
        Properties zh = bundle("messages.properties");
        List<String> keys = new ArrayList<>();
        add(keys, "category.", SeriousCategory.values());
        add(keys, "filing.", Filing.values());
        add(keys, "list.", ListName.values());
        add(keys, "action.", ActionCode.values());
        add(keys, "status.", Decision.StepStatus.values());
        add(keys, "level.", Level.values());
        add(keys, "result.", Result.values());
        add(keys, "firmRole.", Role.values());
        add(keys, "credit.", CreditRisk.values());
        add(keys, "finding.", FindingCode.values());
        add(keys, "circumstance.", CircumstanceCode.values());
        add(keys, "penalty.", PenaltyCode.values());
        add(keys, "minor.", MinorGroundCode.values());
        add(keys, "tier.", Tier.values());
        add(keys, "reason.", Reason.values());
        add(keys, "exclusion.", Exclusion.values());
        add(keys, "role.", io.spotcheck.security.Role.values());
        Districts.SHANGHAI.forEach(d -> keys.add("district." + d));
        keys.add("district.OUTSIDE");
        Matcher step = Pattern.compile("\"([A-Z][A-Z_]+)\"").matcher(
                Files.readString(Path.of("src/main/java/io/spotcheck/decision/Timeline.java")));
        int steps = 0;
        while (step.find()) {
            keys.add("step." + step.group(1));
            steps++;
        }
        assertThat(steps).isGreaterThanOrEqualTo(10);
        for (String f : List.of("catalogue", "firms", "history", "signals", "inspectors")) {
            keys.add("planForm.file." + f);
        }
        assertThat(keys).allSatisfy(k -> assertThat(zh).containsKey(k));
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + v.name());
        }
    }
}
