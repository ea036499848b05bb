package io.spotcheck.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The multipart body of {@code POST /api/v1/plans} as the OpenAPI document shows it (CONTRACT §2, §3 version 2),
 * so that "Try it out" and generated clients send files and fields in the body. Never instantiated.
 */
@Schema(name = "PlanUpload", description = "The plan's files as parts named after their files (CSV in UTF-8, with or without a byte-order mark, or GB18030; or an XLSX workbook, first sheet), at most 256 MiB each, each part once; and the plan's fields.")
final class PlanUpload {

    private static final String FILE = "string";

    static final String PROBLEM = """
            {"type":"urn:spotcheck:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"2 problems in the request",
             "errors":[{"field":"firms.csv:0:0","message":"at byte 1234: 文件不是 UTF-8 或 GB18030 编码，请另存为 CSV UTF-8 (the file is not UTF-8 or GB18030 text; save it as CSV UTF-8)"},
                       {"field":"history.csv:Sheet1:7:5","message":"checked_on: \"2027-02-30\" is not a date that exists (expected YYYY-MM-DD)"}]}
            """;

    static final String CANNOT_PLAN = """
            {"title":"The plan cannot be made","status":422,
             "detail":"the mandatory part of the plan needs 61 batches; the budget is 40: raise --budget to at least 61"}
            """;

    @Schema(name = "catalogue.csv", type = FILE, format = "binary", requiredMode = RequiredMode.REQUIRED,
            description = "category_code, name, risk_level (1-3), key_catalogue (true/false)")
    public Object catalogue;

    @Schema(name = "firms.csv", type = FILE, format = "binary", requiredMode = RequiredMode.REQUIRED,
            description = "uscc, name, district, role, credit_risk, category_codes (;-separated), industry_leader, reachable")
    public Object firms;

    @Schema(name = "history.csv", type = FILE, format = "binary", requiredMode = RequiredMode.REQUIRED,
            description = "uscc, category_code, level, result, checked_on (YYYY-MM-DD)")
    public Object history;

    @Schema(name = "signals.csv", type = FILE, format = "binary", description = "optional: uscc, kind, date")
    public Object signals;

    @Schema(name = "inspectors.csv", type = FILE, format = "binary",
            description = "optional: inspector_id, name, district")
    public Object inspectors;

    @Schema(requiredMode = RequiredMode.REQUIRED, example = "2027", description = "the plan year")
    public String year;

    @Schema(requiredMode = RequiredMode.REQUIRED, example = "400", description = "the budget in batches")
    public String budget;

    @Schema(requiredMode = RequiredMode.REQUIRED, example = "20270101", description = "the published seed of the draw")
    public String seed;

    @Schema(example = "2027-01-01", description = "plan start (default: 1 January of year)")
    public String start;

    private PlanUpload() {
    }
}
