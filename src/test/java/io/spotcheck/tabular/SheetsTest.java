package io.spotcheck.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The workbooks people download: text as text, numbers as numbers, dates as date cells Excel sorts by. */
class SheetsTest {

    private static List<Row> written(List<List<?>> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        Sheets.write(out, "表", List.of("编号", "数", "日期", "空"), rows);
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true,
                false))) {
            return book.getFirstSheet().read();
        }
    }

    @Test
    void textNumbersAndDatesKeepTheirKinds() throws Exception {
        List<Row> rows = written(List.of(Arrays.asList("PG-1", 15, LocalDate.of(2026, 12, 31), ""),
                Arrays.asList("PG-2", new BigDecimal("0.25"), LocalDate.of(2027, 1, 1), null)));

        assertThat(rows.get(0).getCellText(2)).isEqualTo("日期");
        Row first = rows.get(1);
        assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(first.getCellText(0)).isEqualTo("PG-1");
        assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("15");
        assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(2).getDataFormatString()).isEqualTo(Sheets.DATE_FORMAT);
        assertThat(first.getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Workbook.isDate(first.getCell(2).getDataFormatId(), first.getCell(2).getDataFormatString()))
                .as("our own reader reads it back as a date").isTrue();
        assertThat(first.getOptionalCell(3).map(c -> c.getType())).isEmpty();
        Row second = rows.get(2);
        assertThat(second.getCell(1).asNumber()).isEqualByComparingTo("0.25");
        assertThat(second.getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(second.getOptionalCell(3).map(c -> c.getType())).isEmpty();
    }

    @Test
    void anythingElseIsRefusedByName() {
        assertThatThrownBy(() -> written(List.of(List.of("PG-1", java.time.Instant.EPOCH))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
    }
}
