package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.tabular.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String caseRef) throws IOException {
        String ref = caseRef == null || caseRef.isBlank() ? null : caseRef.strip();
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < MAX_ROWS; page++) {
            var result = log.list(AuditRecord.Kind.DECISION, ref, null, null, page, BATCH);
            for (AuditRecord r : result.items()) {
                Map<String, Object> response = CasePages.tree(r.response());
                String filing = String.valueOf(response.get("filing"));
                rows.add(List.of(r.storedAt().toString(), r.caseRef() == null ? "" : r.caseRef(),
                        r.asOf() == null ? "" : r.asOf().toString(), text("filing." + filing), filing,
                        Boolean.TRUE.equals(response.get("serious")) ? text("common.yes") : text("common.no"),
                        r.requestedBy() == null ? "" : r.requestedBy(), r.id()));
            }
            if (result.items().size() < BATCH) {
                break;
            }
        }
        List<String> header = List.of(text("decisions.storedAt"), text("decisions.caseRef"), text("decision.asOf"),
                text("decision.filing"), text("decisions.filingCode"), text("decision.serious"),
                text("decisions.by"), text("decisions.id"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sheets.write(out, text("decisions.title"), header, rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("decisions.xlsx").build().toString())
                .body(out.toByteArray());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
