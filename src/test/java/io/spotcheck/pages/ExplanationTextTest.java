package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.decision.Decision;
import io.spotcheck.support.Samples;
import io.spotcheck.support.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The explanation's stored English, read back and written in the page's language. */
class ExplanationTextTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    /** An English word: four or more lower-case ASCII letters in a row. */
    static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{4,}");

    static ExplanationText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ExplanationText(messages);
    }

    private final ExplanationText text = text();

    /** Every sentence the samples' decisions hold: what each rule saw and concluded, and the timeline notes. */
    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path sample : Samples.cases()) {
            Decision d = TestRules.DECIDER.decide(TestRules.READER.read(Files.readAllBytes(sample)));
            for (Decision.Explanation e : d.explanation()) {
                for (String firing : e.detail().split(" \\| ")) {
                    out.addAll(List.of(firing.split("; ")));
                }
                for (String c : e.concluded()) {
                    out.addAll(List.of(c.split("; ")));
                }
            }
            d.timeline().stream().filter(s -> s.note() != null).forEach(s -> out.add(s.note()));
        }
        return out;
    }

    @Test
    void everySentenceOfTheSamplesIsKnown() throws IOException {
        List<String> sentences = sentences();

        assertThat(sentences).hasSizeGreaterThan(200);
        assertThat(sentences).allSatisfy(s -> assertThat(text.knows(s)).as(s).isTrue());
    }

    @Test
    void theSamplesExplanationsReadInChineseWithoutAnEnglishWord() throws IOException {
        for (String s : sentences()) {
            String zh = text.sentence(s, ZH);

            assertThat(ENGLISH_WORD.matcher(zh).find()).as(s + " → " + zh).isFalse();
        }
    }

    @Test
    void aDeadlineMovedOffARestDayReadsInChineseWithItsArithmetic() {
        String stored = "correction deadline: 2027-02-10 + 60 days = 2027-04-11 (Sunday), a rest day, so due on the "
                + "next working day 2027-04-12 (Monday); the rest-day calendar has no schedule for 2027, so only "
                + "weekends were skipped";

        assertThat(text.detail(stored, ZH)).isEqualTo("整改期限：2027-02-10 加 60 日为 2027-04-11（星期日），是休息日，"
                + "顺延至下一个工作日 2027-04-12（星期一）；休息日历尚无 2027 年的安排，只跳过了周末");
        assertThat(text.detail(stored, EN)).isEqualTo(stored);
    }

    @Test
    void aFirmIsShownWithItsRoleDistrictAndContactInTheReadersLanguage() {
        assertThat(text.sentence("firm 91320583MA1XYW3P50 (PRODUCER, outside Shanghai, reachable=false)", ZH))
                .isEqualTo("企业 91320583MA1XYW3P50（生产者，外省市企业，无法联系）");
        assertThat(text.sentence("firm 91310117MA1J3G4B5R (SELLER, 松江区, industry leader)", ZH))
                .isEqualTo("企业 91310117MA1J3G4B5R（销售者，松江区，行业龙头企业）");
        assertThat(text.sentence("firm 91310117MA1J3G4B5R (SELLER, 松江区, industry leader)", java.util.Locale.ENGLISH))
                .doesNotContain("松江区").contains("Songjiang");
    }

    @Test
    void codesBecomeTheirLabels() {
        assertThat(text.sentence("open action CORRECT_BY from 2027-02-10 due 2027-04-12", ZH))
                .isEqualTo("待办：整改期限，自 2027-02-10，截至 2027-04-12");
        assertThat(text.sentence("open action STOP_SALE", ZH)).isEqualTo("待办：责令停止销售");
        assertThat(text.sentence("filing MUST_FILE", ZH)).isEqualTo("立案：应当立案");
        assertThat(text.sentence("SERIOUS_DISHONESTY listing needs approval by the MUNICIPAL bureau", ZH))
                .isEqualTo("列入严重违法失信名单须经市级市场监管部门审核");
        assertThat(text.sentence("check under decision: 2027 MUNICIPAL DR-03 FAIL", ZH))
                .isEqualTo("作出决定的抽查：2027 年市级抽查 DR-03，不合格");
        assertThat(text.sentence("check under decision: 2027 MUNICIPAL 电热 水壶 FAIL", ZH))
                .isEqualTo("作出决定的抽查：2027 年市级抽查 电热 水壶，不合格");
    }

    @Test
    void aFailedItemWithoutAStandardSaysSo() {
        assertThat(text.sentence("failed item 标识 (no standard, safety-critical)", ZH))
                .isEqualTo("不合格项目“标识”（未注明标准，涉及人身健康安全）");
        assertThat(text.sentence("health/safety failure: 标识 (null)", ZH)).isEqualTo("涉及人身健康安全的不合格：“标识”（未注明标准）");
    }

    @Test
    void timelineNotesReadInChinese() {
        assertThat(text.sentence("closed", ZH)).isEqualTo("已结束");
        assertThat(text.sentence("by MUNICIPAL", ZH)).isEqualTo("由市级市场监管部门公告");
        assertThat(text.sentence("2026 MUNICIPAL DX-01", ZH)).isEqualTo("2026 年市级抽查 DX-01");
    }

    @Test
    void aSentenceNoPatternKnowsIsShownAsStored() {
        assertThat(text.knows("something new the rules say")).isFalse();
        assertThat(text.sentence("something new the rules say", ZH)).isEqualTo("something new the rules say");
        assertThat(text.detail("as of 2027-01-01; something new", ZH)).isEqualTo("决定日期 2027-01-01；something new");
    }

    @Test
    void severalFiringsOfOneRuleStaySeparated() {
        assertThat(text.detail("penalty WARNING | penalty HEAVIER_FINE", ZH))
                .isEqualTo("行政处罚：警告　｜　行政处罚：从重罚款（按裁量基准从重）");
    }
}
