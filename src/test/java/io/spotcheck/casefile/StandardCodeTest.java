package io.spotcheck.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardCodeTest {

    @ParameterizedTest
    @CsvSource({
            "GB 4706.1-2005, NATIONAL, NONE",
            "GB/T 1234-2010, NATIONAL, T",
            "GB / T 1234—2010, NATIONAL, T",
            "GB/Z 26337.1-2010, NATIONAL, Z",
            "GB 18401-2010, NATIONAL, NONE",
            "QB 2172-2021, INDUSTRY, NONE",
            "QB/T 1234-2020, INDUSTRY, T",
            "FZ/T 81004-2012, INDUSTRY, T",
            "DB31 1234-2020, LOCAL, NONE",
            "DB31/T 1234-2020, LOCAL, T",
            "Q/31XXXX 001-2020, ENTERPRISE, NONE",
            "GB 5296, NATIONAL, NONE",
    })
    void readsFamilyAndSuffix(String code, StandardFamily family, StandardSuffix suffix) {
        var parsed = StandardCode.parse(code).orElseThrow();

        assertThat(parsed.family()).isEqualTo(family);
        assertThat(parsed.suffix()).isEqualTo(suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBX", "国标 4706", "GB/X 1234-2010", "4706.1-2005", "GB", ""})
    void refusesWhatIsNotAStandardCode(String code) {
        assertThat(StandardCode.parse(code)).isEmpty();
    }
}
