package io.spotcheck.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One link of the chain, as canonical JSON, with its hash and its predecessor's: a stored decision or plan (with
 * its ruleset version and response), or a result, a case opening or an event of the case register (CONTRACT §7:
 * {@code request} holds what was recorded; no ruleset version, no response).
 */
public record AuditRecord(long seq, String id, Kind kind, Instant storedAt, String caseRef, LocalDate asOf,
                          String rulesetVersion, String requestedBy, String request, String response,
                          String previousHash, String hash) {

    /** {@code PLAN_STATUS}: a plan named or approved; its payload names the plan's record ({@link PlanReviews}). */
    public enum Kind { DECISION, PLAN, RESULT, CASE, EVENT, PLAN_STATUS }

    AuditRecord withHash(String hash) {
        return new AuditRecord(seq, id, kind, storedAt, caseRef, asOf, rulesetVersion, requestedBy, request, response,
                previousHash, hash);
    }
}
