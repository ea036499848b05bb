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
            "gb18401-2010, NATIONAL, NONE",
            "ＧＢ 18401-2010, NATIONAL, NONE",
            "ＧＢ／Ｔ　１２３４－２０１０, NATIONAL, T",
            "gb/t1234-2010, NATIONAL, T",
            "GBZ 2.1-2019, NATIONAL, NONE",
            "GBZ/T 229.1-2010, NATIONAL, T",
            "qb 2172-2021, INDUSTRY, NONE",
            "DB31/ 1234-2020, LOCAL, NONE",
            "DB31/1234-2020, LOCAL, NONE",
            "db31 1234-2020, LOCAL, NONE",
            "DB44/T 1234-2020, LOCAL, T",
            "T/CAS 115-2005, GROUP, NONE",
            "t/zzb 0001-2018, GROUP, NONE",
            "Q/SH 001-2020, ENTERPRISE, NONE",
            "JJF 1070-2005, METROLOGY, NONE",
            "JJG 1036-2008, METROLOGY, NONE",
            "ISO 8124-1:2018, INTERNATIONAL, NONE",
            "IEC 60335-1:2020, INTERNATIONAL, NONE",
            "ISO/IEC 17025:2017, INTERNATIONAL, NONE",
            "EN 71-1:2014, INTERNATIONAL, NONE",
    })
    void readsFamilyAndSuffix(String code, StandardFamily family, StandardSuffix suffix) {
        var parsed = StandardCode.parse(code).orElseThrow();

        assertThat(parsed.code()).isEqualTo(code.strip());
        assertThat(parsed.family()).isEqualTo(family);
        assertThat(parsed.suffix()).isEqualTo(suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBX", "国标 4706", "GB/X 1234-2010", "4706.1-2005", "GB", "", "T/", "Q/", "JJX 1070",
            "ISO", "GB 4706.1-2005 外壳", "ABC 1234-2020"})
    void refusesWhatIsNotAStandardCode(String code) {
        assertThat(StandardCode.parse(code)).isEmpty();
    }
}
