package io.spotcheck.web;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.ChainHead;
import io.spotcheck.audit.Replayer;
import io.spotcheck.audit.RulesetSnapshots;
import io.spotcheck.shared.Json;
import io.spotcheck.engine.RuleBase;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit routes (CONTRACT §5): stored decisions, their replay, and the chain's verification. */
@RestController
class AuditController {

    private final AuditLog log;
    private final RulesetSnapshots snapshots;
    private final RuleBase current;
    private final ChainHead head;

    AuditController(AuditLog log, RulesetSnapshots snapshots, RuleBase current, ChainHead head) {
        this.log = log;
        this.snapshots = snapshots;
        this.current = current;
        this.head = head;
    }

    @Operation(summary = "A stored decision", description = "decisionId, storedAt, caseRef, asOf, rulesetVersion, requestedBy, the request and response as stored, hash and previousHash.")
    @GetMapping("/api/v1/decisions/{id}")
    Map<String, Object> decision(@PathVariable String id, org.springframework.security.core.Authentication auth) {
        AuditRecord record = find(id);
        String own = ownOnly(auth);
        if (own != null && !own.equals(record.requestedBy())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision " + id);
        }
        return stored(record, true);
    }

    /** A district-bound officer's name: such an officer lists only the decisions it requested (CONTRACT §7). */
    static String ownOnly(org.springframework.security.core.Authentication auth) {
        if (auth == null) {
            return null;
        }
        return RegisterController.caller(auth).ownDecisionsOnly();
    }

    @Operation(summary = "Stored decisions, newest first", description = "Filter by caseRef and by day stored (from, to: inclusive ISO dates); page from 0, size up to 200.")
    @GetMapping("/api/v1/decisions")
    Map<String, Object> decisions(@RequestParam(required = false) String caseRef,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  org.springframework.security.core.Authentication auth) {
        if (page < 0 || size < 1 || size > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be ≥ 0 and size 1–200");
        }
        var result = log.list(AuditRecord.Kind.DECISION, caseRef, ownOnly(auth), from, to, page, size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", result.page());
        out.put("size", result.size());
        out.put("total", result.total());
        out.put("items", result.items().stream().map(r -> stored(r, false)).toList());
        return out;
    }

    @Operation(summary = "Replay a stored decision", description = "Re-runs the stored request under the recorded ruleset (reproduced: byte-identical response) and under today's (current.differences, field by field).")
    @PostMapping("/api/v1/decisions/{id}/replay")
    Map<String, Object> replay(@PathVariable String id) {
        AuditRecord record = find(id);
        Replayer.Replay replay = Replayer.replay(record, snapshots, current);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("rulesetVersion", replay.currentVersion());
        now.put("response", Json.COMPACT.readTree(replay.currentResponse()));
        now.put("differences", replay.currentDifferences());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decisionId", id);
        out.put("reproduced", replay.reproduced());
        out.put("differences", replay.differences());
        out.put("current", now);
        return out;
    }

    @Operation(summary = "Verify the hash chain", description = "Walks every stored record in order, recomputing "
            + "hashes, then holds the database against the last checkpoint of the chain's head file and any receipt "
            + "given (receipt=POSITION:sha256:HEX, repeatable); names the first broken record with its position and "
            + "reason (a database that ends before a checkpoint or receipt: truncated).")
    @GetMapping("/api/v1/audit/verify")
    AuditLog.Verification verify(@RequestParam(name = "receipt", required = false) List<String> receipts) {
        List<AuditLog.Receipt> given = new java.util.ArrayList<>();
        for (String text : receipts == null ? List.<String>of() : receipts) {
            AuditLog.Receipt r = AuditLog.Receipt.parse(text);
            if (r == null) {
                throw new io.spotcheck.casefile.InvalidInputException(List.of(new io.spotcheck.casefile.Problem(
                        "receipt", "is not POSITION:sha256:HEX (the Spotcheck-Receipt header's position and hash)")));
            }
            given.add(r);
        }
        return log.verify(head.last().orElse(null), given);
    }

    @Operation(summary = "A record of the chain by position", description = "Any kind: decision, plan, result, case "
            + "opening or event; positions are the 1-based seq that verify and receipts name.")
    @GetMapping("/api/v1/records/{position}")
    Map<String, Object> record(@PathVariable long position) {
        AuditRecord r = log.at(position).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no record at position " + position));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("position", r.seq());
        out.put("id", r.id());
        out.put("kind", r.kind());
        out.put("storedAt", r.storedAt().toString());
        out.put("caseRef", r.caseRef());
        out.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        out.put("rulesetVersion", r.rulesetVersion());
        out.put("requestedBy", r.requestedBy());
        out.put("request", Json.COMPACT.readTree(r.request()));
        out.put("response", r.response() == null ? null : Json.COMPACT.readTree(r.response()));
        out.put("hash", r.hash());
        out.put("previousHash", r.previousHash());
        return out;
    }

    private AuditRecord find(String id) {
        return log.find(id, AuditRecord.Kind.DECISION)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision " + id));
    }

    private static Map<String, Object> stored(AuditRecord r, boolean full) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decisionId", r.id());
        out.put("storedAt", r.storedAt().toString());
        out.put("caseRef", r.caseRef());
        out.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        out.put("rulesetVersion", r.rulesetVersion());
        out.put("requestedBy", r.requestedBy());
        if (full) {
            out.put("request", Json.COMPACT.readTree(r.request()));
            out.put("response", Json.COMPACT.readTree(r.response()));
        }
        out.put("hash", r.hash());
        out.put("previousHash", r.previousHash());
        return out;
    }

}
