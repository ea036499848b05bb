package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.Replayer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A replay's differences read as the decision page reads: labels, not JSON; what one side lacks is marked. */
class ReplayTableTest {

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static final String STORED = """
            {"filing":"MUST_FILE","serious":true,
             "listings":[{"list":"ABNORMAL_OPERATIONS"},{"list":"SERIOUS_DISHONESTY","approvalBy":"MUNICIPAL"}],
             "actions":[{"code":"STOP_SALE"},{"code":"OBJECTION_WINDOW","from":"2027-03-02","due":"2027-03-17"}]}
            """;
    private static final String REPLAYED = """
            {"filing":"OFFICER_ASSESSES","serious":false,
             "listings":[{"list":"ABNORMAL_OPERATIONS"}],
             "actions":[{"code":"STOP_SALE"},{"code":"OBJECTION_WINDOW","from":"2027-03-02","due":"2027-03-18"}]}
            """;

    @Test
    void eachDifferingFieldIsARowOfLabelsSideBySide() {
        List<Replayer.Difference> differences = Replayer.differences(STORED, REPLAYED, java.util.Set.of());

        ReplayTable zh = ReplayTable.of(differences, messages(), Locale.SIMPLIFIED_CHINESE);
        ReplayTable en = ReplayTable.of(differences, messages(), Locale.ENGLISH);

        assertThat(zh.rows()).extracting(ReplayTable.Row::label)
                .containsExactly("立案", "是否严重质量问题", "列入名录", "待办步骤");
        ReplayTable.Row filing = zh.rows().get(0);
        assertThat(filing.stored()).containsExactly(new ReplayTable.Item("应当立案", "MUST_FILE", true));
        assertThat(filing.now()).containsExactly(new ReplayTable.Item("十五个工作日内核查决定是否立案",
                "OFFICER_ASSESSES", true));
        ReplayTable.Row listings = zh.rows().get(2);
        assertThat(listings.stored()).extracting(ReplayTable.Item::text, ReplayTable.Item::changed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("经营异常名录", false),
                        org.assertj.core.groups.Tuple.tuple("严重违法失信名单 · 须经市级市场监管部门审核", true));
        assertThat(listings.now()).extracting(ReplayTable.Item::changed).containsExactly(false);
        ReplayTable.Row actions = zh.rows().get(3);
        assertThat(actions.stored().get(1).text()).contains("截至 2027-03-17");
        assertThat(actions.stored()).extracting(ReplayTable.Item::changed).containsExactly(false, true);
        assertThat(actions.now()).extracting(ReplayTable.Item::changed).containsExactly(false, true);
        assertThat(en.rows().get(0).label()).isEqualTo("Filing");
        assertThat(en.rows().get(1).stored().get(0).text()).isEqualTo("Yes");
    }
}
