package io.spotcheck.tabular;

import io.spotcheck.casefile.Problem;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One row of a table: trimmed values by column name ({@code ""} when the column or cell is absent), and a way to
 * name a problem in one of its cells: {@code file:line:column} for CSV, {@code file:sheet:row:column} for XLSX.
 */
public final class Row {

    private final String where;
    private final Columns header;
    private final IntFunction<String> cells;
    private final int size;
    private final long line;
    private final Consumer<Problem> problems;

    Row(String where, Columns header, IntFunction<String> cells, int size, long line,
        Consumer<Problem> problems) {
        this.where = where;
        this.header = header;
        this.cells = cells;
        this.size = size;
        this.line = line;
        this.problems = problems;
    }

    /** The cell of {@code column}, trimmed; {@code ""} when absent. */
    public String get(String column) {
        int i = header.index(column);
        return i < 0 || i >= size ? "" : cells.apply(i);
    }

    /** The line (CSV) or row number (XLSX) of this row, 1-based, the header being 1. */
    public long line() {
        return line;
    }

    /** Records a problem in {@code column} of this row. */
    public void problem(String column, String message) {
        int i = header.index(column);
        problems.accept(new Problem(where + ":" + line + ":" + (i + 1), column + ": " + message));
    }
}
