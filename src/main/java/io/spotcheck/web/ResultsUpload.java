package io.spotcheck.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The multipart body of {@code POST /api/v1/results} as the OpenAPI document shows it (CONTRACT §7), so that "Try it
 * out" and generated clients send the file in the body. Never instantiated.
 */
@Schema(name = "ResultsUpload", description = "The results file as the part results.csv: CSV in UTF-8 (with or without "
        + "a byte-order mark) or GB18030, or an XLSX workbook (first sheet), at most 256 MiB.")
final class ResultsUpload {

    static final String IMPORTED = """
            {"rows":7,"stored":7,"unchanged":0,"casesOpened":["SH-2026-QA-0101","SH-2026-QA-0102","SH-2026-QA-0103",
             "SH-2026-QA-0104","SH-2026-QA-0107"]}
            """;

    static final String PROBLEM = """
            {"type":"urn:spotcheck:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"2 problems in the request",
             "errors":[{"field":"results.csv:3:2","message":"uscc: \\"91310115MA1K3YJ575\\" is not a valid unified social credit code: check character is '5' but GB 32100-2015 gives '4'"},
                       {"field":"results.csv:7:1","message":"report_no: SH-2026-QA-0105 is stored with other values; a correction is a new report number"}]}
            """;

    @Schema(name = "results.csv", type = "string", format = "binary", requiredMode = RequiredMode.REQUIRED,
            description = "report_no, uscc, name, district, role, credit_risk, industry_leader, category_code, level, "
                    + "result, checked_on, lab_id, failed_items (item|standard|Y or N, ;-separated), opened_on")
    public Object results;

    private ResultsUpload() {
    }
}
