package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** plan.csv is written byte for byte as Commons CSV's DEFAULT printer writes the same values. */
class PlanCsvTest {

    /** The characters quoting turns on: separators, quotes, line ends, blanks, '#' and its neighbours, Chinese. */
    @Provide
    Arbitrary<List<String>> records() {
        Arbitrary<String> value = Arbitraries.of(',', '"', '\n', '\r', ' ', '\t', '!', '#', '$', 'a', '中', '\u007f')
                .list().ofMaxSize(6).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
        return value.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 2000)
    void everyValueIsWrittenAsCommonsCsvWritesIt(@ForAll("records") List<String> record) throws IOException {
        StringBuilder ours = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            Plan.value(ours, record.get(i), i == 0);
        }
        ours.append('\n');
        StringBuilder theirs = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(record);
        }

        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }

    @Test
    void aPlanIsItsHeaderAndOneLinePerBatch() {
        var row = new Plan.Row("91310115MA1K3YJ574", "上海宏明电器有限公司, 分公司", null, "DQ-01", Tier.MANDATORY,
                List.of(Reason.HIGH_CREDIT_RISK, Reason.PRIOR_YEAR_FAILURE), List.of("I01", "I02"));

        assertThat(new Plan(List.of(row), null).csv()).isEqualTo(
                "uscc,name,district,category_code,tier,reasons,inspectors\n"
                        + "91310115MA1K3YJ574,\"上海宏明电器有限公司, 分公司\",,DQ-01,MANDATORY,"
                        + "HIGH_CREDIT_RISK;PRIOR_YEAR_FAILURE,I01;I02\n");
    }
}
