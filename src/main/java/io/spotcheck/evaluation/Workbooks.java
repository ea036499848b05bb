package io.spotcheck.evaluation;

import io.spotcheck.tabular.Sheets;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The evaluation and the quarterly bulletin as XLSX workbooks (fastexcel, the project's one XLSX writer): one sheet
 * per table, Chinese headers, counts as whole numbers and rates as unrounded numbers shown as percentages (a rate
 * without a denominator is an empty cell), so the workbook's numbers are the JSON's.
 */
public final class Workbooks {

    /** The municipal bureau's row, as a sheet names it. */
    static final String MUNICIPAL_ZH = "市局（外省市企业及移送市局的案件）";
    static final Map<String, String> LEVELS = Map.of("NATIONAL", "国家监督抽查", "MUNICIPAL", "市级监督抽查",
            "DISTRICT", "区级监督抽查");

    static final List<String> DISTRICT_HEADER = List.of("区", "案件数", "应当立案", "已立案", "立案率", "经批准不予立案",
            "到期步骤", "按期完成", "按期完成率", "逾期未办", "已复查", "复查合格", "复查合格率", "已结案");
    static final List<String> LAB_HEADER = List.of("检验机构", "批次", "不合格批次", "不合格率", "涉及健康安全的不合格批次");
    static final List<String> CATEGORY_HEADER = List.of("产品类别代码", "批次", "不合格批次", "不合格率", "需开展质量分析");
    static final List<String> TALLY_HEADER = List.of("", "批次", "不合格批次", "不合格率", "涉及健康安全的不合格批次");

    private Workbooks() {
    }

    /** One sheet: its name, its header row, its rows (String, Integer, Double as a rate, LocalDate or null cells). */
    record Table(String sheet, List<String> header, List<List<Object>> rows) {
    }

    /** evaluation.xlsx: 区县考核 (the rows and 合计), 检验机构, 产品类别, then 说明 (the period). */
    public static void evaluation(Report r, OutputStream out) throws IOException {
        write(out, List.of(districts(r), labs(r), categories("产品类别", r.categories()), about(r)));
    }

    /** The quarterly bulletin: 概况, by level, district, lab and category, the quality analyses due, the handling. */
    public static void bulletin(Bulletin b, OutputStream out) throws IOException {
        Report r = b.evaluation();
        List<List<Object>> overall = new ArrayList<>();
        overall.add(row("统计期间", b.year() + "年第" + b.quarter() + "季度（" + r.from() + " 至 " + r.to() + "）"));
        overall.add(row("统计日", r.asOf()));
        overall.add(row("抽查批次", b.overall().batches()));
        overall.add(row("不合格批次", b.overall().failures()));
        overall.add(row("不合格率", b.overall().failureRate()));
        overall.add(row("涉及健康安全的不合格批次", b.overall().safetyFailures()));
        overall.add(row("新立后处理案件", r.total().cases()));
        overall.add(row("需开展质量分析的品类", b.qualityAnalysisDue().size()));
        write(out, List.of(new Table("概况", List.of("项目", "数值"), overall),
                tallies("按抽查层级", "抽查层级", b.byLevel(), k -> LEVELS.getOrDefault(k, k)),
                tallies("按区", "企业所在区", b.byDistrict(), k -> Evaluation.MUNICIPAL.equals(k) ? "外省市企业" : k),
                labs(r), categories("按产品类别", r.categories()),
                categories("需开展质量分析的品类", b.qualityAnalysisDue()), renamed(districts(r), "后处理情况")));
    }

    private static Table districts(Report r) {
        List<List<Object>> rows = new ArrayList<>();
        r.districts().forEach(d -> rows.add(district(d.district() == null ? MUNICIPAL_ZH : d.district(), d)));
        rows.add(district("合计", r.total()));
        return new Table("区县考核", DISTRICT_HEADER, rows);
    }

    private static List<Object> district(String name, DistrictRow d) {
        return row(name, d.cases(), d.mustFile(), d.filed(), d.filingRate(), d.notFiledApproved(), d.stepsDue(),
                d.stepsOnTime(), d.onTimeRate(), d.overdue(), d.rechecked(), d.recheckPassed(), d.recheckPassRate(),
                d.closed());
    }

    private static Table labs(Report r) {
        return new Table("检验机构", LAB_HEADER, r.labs().stream()
                .map(l -> row(l.labId(), l.batches(), l.failures(), l.failureRate(), l.safetyFailures())).toList());
    }

    private static Table categories(String sheet, List<CategoryRow> categories) {
        return new Table(sheet, CATEGORY_HEADER, categories.stream().map(c -> row(c.categoryCode(), c.batches(),
                c.failures(), c.failureRate(), c.qualityAnalysisDue() ? "是" : "否")).toList());
    }

    private static Table tallies(String sheet, String heading, List<Tally> tallies,
                                 java.util.function.UnaryOperator<String> label) {
        List<String> header = new ArrayList<>(TALLY_HEADER);
        header.set(0, heading);
        return new Table(sheet, header, tallies.stream().map(t -> row(label.apply(t.key()), t.batches(),
                t.failures(), t.failureRate(), t.safetyFailures())).toList());
    }

    private static Table about(Report r) {
        return new Table("说明", List.of("项目", "数值"), List.of(row("统计期间（立案日期、检验日期）",
                r.from() + " 至 " + r.to()), row("统计日（各案件状态截至）", r.asOf()),
                row("依据", "沪市监产质〔2022〕251号 四(三)")));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static void write(OutputStream out, List<Table> tables) throws IOException {
        Workbook wb = new Workbook(out, "Spotcheck", null);
        for (Table t : tables) {
            Worksheet ws = wb.newWorksheet(t.sheet());
            Sheets.header(ws, t.header());
            ws.width(0, 24);
            for (int r = 0; r < t.rows().size(); r++) {
                List<Object> row = t.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Double d) { // the rates
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("0.0%").set();
                    } else {
                        Sheets.cell(ws, r + 1, c, v);
                    }
                }
            }
        }
        wb.finish();
    }

    private static Table renamed(Table t, String sheet) {
        return new Table(sheet, t.header(), t.rows());
    }
}
