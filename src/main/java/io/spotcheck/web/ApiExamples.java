package io.spotcheck.web;

/** Examples for the OpenAPI document (springdoc, /v3/api-docs and /swagger-ui.html). */
final class ApiExamples {

    static final String CASE = """
            {"caseRef":"PD-2027-0042","asOf":"2027-07-25",
             "firm":{"uscc":"91310115MA1K3YJ574","name":"上海某某电器有限公司","district":"浦东新区","role":"PRODUCER",
                     "creditRisk":"C","industryLeader":false,
                     "registeredMail":[{"sent":"2027-01-05","signed":false},{"sent":"2027-01-28","signed":false}]},
             "spotChecks":[{"year":2027,"level":"MUNICIPAL","categoryCode":"C0421","result":"FAIL",
                            "failedItems":[{"item":"泄漏电流","standard":"GB 4706.1-2005","safetyCritical":true}],
                            "noticeReceived":"2027-02-01","correctionOrdered":"2027-02-10",
                            "recheck":{"date":"2027-04-20","result":"FAIL"},
                            "announced":{"date":"2027-05-10","by":"MUNICIPAL"},
                            "secondRecheck":{"date":"2027-07-20","result":"FAIL"}},
                           {"year":2026,"level":"NATIONAL","categoryCode":"C0421","result":"FAIL"}],
             "findings":["CLAIMS_CONFORMITY"],"circumstances":["BAD_NATURE","SERIOUS_CIRCUMSTANCES","GREAT_SOCIAL_HARM"],
             "penalties":["HEAVIER_FINE"],"noIntentProven":false,"minorCircumstances":[],"jurisdictionDisputed":false}
            """;

    /** Version 2: a passed objection re-test, an item without a standard code, the new findings. */
    static final String CASE_V2 = """
            {"caseRef":"JD-2027-0101","asOf":"2027-07-25",
             "firm":{"uscc":"91310115MA1K3YJ574","name":"上海某某电器有限公司","role":"PRODUCER"},
             "spotChecks":[{"year":2027,"level":"MUNICIPAL","categoryCode":"C0421","result":"FAIL",
                            "failedItems":[{"item":"泄漏电流","safetyCritical":true}],
                            "noticeReceived":"2027-07-01","retest":{"date":"2027-07-15","result":"PASS"}}],
             "findings":["UNLICENSED_PRODUCTION","FORGED_CERTIFICATION_MARK"],
             "circumstances":[],"penalties":[],"minorCircumstances":["FIRST_OFFENCE_SLIGHT_HARM"]}
            """;

    static final String PROBLEM = """
            {"type":"urn:spotcheck:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"2 problems in the request",
             "errors":[{"field":"firm.uscc","message":"\\"91310115MA1K3YJ575\\" is not a valid unified social credit code: check character is '5' but GB 32100-2015 gives '4'"},
                       {"field":"spotChecks[0].failedItems[0].standard","message":"\\"GBX\\" is not a recognisable standard code; accepted: GB, GB/T, GB/Z, GBZ, GBZ/T (national); …"}]}
            """;

    private ApiExamples() {
    }

    static final String UNAUTHORIZED = """
            {"type":"about:blank","title":"Authentication required","status":401,"detail":"sign in with HTTP Basic"}
            """;

    static final String FORBIDDEN = """
            {"type":"about:blank","title":"Forbidden","status":403,"detail":"your roles do not allow POST /api/v1/plans"}
            """;

    static final String OPEN_CASE = """
            {"caseRef":"PD-2026-LEAD-0007","openedOn":"2026-10-01",
             "firm":{"uscc":"91310115MA1K3YJ574","name":"上海某某电器有限公司","district":"浦东新区","role":"PRODUCER"},
             "check":{"year":2026,"level":"DISTRICT","categoryCode":"C0421","result":"FAIL",
                      "failedItems":[{"item":"泄漏电流","standard":"GB 4706.1-2005","safetyCritical":true}]},
             "history":[{"year":2025,"level":"MUNICIPAL","categoryCode":"C0421","result":"FAIL"}]}
            """;

    static final String EVENT = """
            {"type":"RECHECK","date":"2026-11-20","result":"FAIL"}
            """;

    static final String EVENT_REFUSED = """
            {"type":"urn:spotcheck:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"1 problem in the request",
             "errors":[{"field":"case.spotChecks[0].recheck","message":"needs correctionOrdered"}]}
            """;
}
