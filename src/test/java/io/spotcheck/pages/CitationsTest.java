package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A legal basis reads without its English gloss on a Chinese page, and as written on an English one. */
class CitationsTest {

    private final PageModel.Citations citations = new PageModel.Citations();

    @Test
    void anEnglishGlossIsLeftOutOnAChinesePageOnly() {
        String basis = "产品质量监督抽查管理暂行办法 第二十条; 计划选择 (a planning choice): 无法联系的企业无法实施现场抽样";

        assertThat(citations.read(basis, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("产品质量监督抽查管理暂行办法 第二十条; 计划选择: 无法联系的企业无法实施现场抽样");
        assertThat(citations.read(basis, Locale.ENGLISH)).isEqualTo(basis);
        assertThat(citations.read("沪市监产质〔2022〕251号 三(四) (不符合保障身体健康和生命安全的国家标准)", Locale.CHINA))
                .isEqualTo("沪市监产质〔2022〕251号 三(四) (不符合保障身体健康和生命安全的国家标准)");
        assertThat(citations.read("强制性国家标准管理办法 (代号 GB; GB/T 推荐性)", Locale.CHINA))
                .isEqualTo("强制性国家标准管理办法 (代号 GB; GB/T 推荐性)");
    }
}
