package io.spotcheck.audit;

import java.time.Instant;
import java.time.LocalDate;

/** One link of the chain: a stored decision or plan, as canonical JSON, with its hash and its predecessor's. */
public record AuditRecord(long seq, String id, Kind kind, Instant storedAt, String caseRef, LocalDate asOf,
                          String rulesetVersion, String requestedBy, String request, String response,
                          String previousHash, String hash) {

    public enum Kind { DECISION, PLAN }
}
