package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case as opened: its reference, the day it was opened, the firm (a §1 firm), the check under decision (a §1
 * spot check without lifecycle fields, or null for a lead without a check) and the history given with it. A case
 * opened by a result names its {@code reportNo}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"caseRef", "openedOn", "reportNo", "firm", "check", "history"})
public record CaseFile(String caseRef, LocalDate openedOn, String reportNo, ObjectNode firm, ObjectNode check,
                       List<ObjectNode> history, @com.fasterxml.jackson.annotation.JsonIgnore String recordedBy,
                       @com.fasterxml.jackson.annotation.JsonIgnore Instant recordedAt) {

    public String uscc() {
        return firm.path("uscc").asString();
    }

    /** The firm's district as opened ({@code null}: out of town, held by the municipal bureau). */
    public String firmDistrict() {
        var d = firm.get("district");
        return d == null || d.isNull() ? null : d.asString();
    }

    public String firmName() {
        var n = firm.get("name");
        return n == null || n.isNull() ? null : n.asString();
    }

    CaseFile recorded(String by, Instant at) {
        return new CaseFile(caseRef, openedOn, reportNo, firm, check, history, by, at);
    }
}
