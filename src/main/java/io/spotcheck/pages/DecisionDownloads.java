package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.tabular.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decisions table of /decisions as an XLSX workbook (issue 15): the same search, newest first, every page of it
 * up to {@value #MAX_ROWS} rows, under Chinese headers with the filing's label beside its code.
 */
@Controller
class DecisionDownloads {

    static final int MAX_ROWS = 100_000;
    private static final int BATCH = 1_000;

    private final AuditLog log;
    private final MessageSource messages;

    DecisionDownloads(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/decisions/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String caseRef,
                                @RequestParam(required = false) String district,
                                @RequestParam(required = false) String filing, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                org.springframework.security.core.Authentication auth) throws IOException {
        DecisionSearch.Query query = DecisionSearch.Query.of(q != null ? q : caseRef, district, filing, from, to);
        String own = CasePages.ownOnly(auth);
        List<DecisionSearch.Row> found = new ArrayList<>();
        if (query.needsScan()) {
            found.addAll(DecisionSearch.all(log, query, own, MAX_ROWS));
        } else {
            for (int page = 0; found.size() < MAX_ROWS; page++) {
                var result = DecisionSearch.page(log, query, own, page, BATCH);
                found.addAll(result.rows());
                if (result.rows().size() < BATCH) {
                    break;
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DecisionSearch.Row r : found) { // the decision's date as a date cell
            AuditRecord record = r.record();
            rows.add(List.of(record.storedAt().toString(), nz(record.caseRef()), nz(r.firmName()), nz(r.uscc()),
                    r.district() == null ? text("district.OUTSIDE") : r.district(),
                    record.asOf() == null ? "" : record.asOf(), text("filing." + r.filing()), nz(r.filing()),
                    r.serious() ? text("common.yes") : text("common.no"),
                    r.nextDue() == null ? "" : text("action." + r.nextStep()) + " " + r.nextDue(),
                    nz(record.requestedBy()), record.id()));
        }
        List<String> header = List.of(text("decisions.storedAt"), text("decisions.caseRef"), text("case.firm.name"),
                text("case.firm.uscc"), text("case.firm.district"), text("decision.asOf"), text("decision.filing"),
                text("decisions.filingCode"), text("decision.serious"), text("decisions.nextDue"), text("decisions.by"),
                text("decisions.id"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sheets.write(out, text("decisions.title"), header, rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("decisions.xlsx").build().toString())
                .body(out.toByteArray());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
