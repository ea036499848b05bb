package io.spotcheck.audit;

import io.spotcheck.shared.Json;
import io.spotcheck.shared.Sha256;
import java.util.Arrays;

/**
 * The hash chain: {@code hash = "sha256:" + hex(SHA-256(previousHash + canonical))}, where {@code canonical} is the
 * compact JSON array {@code [seq, id, kind, storedAt, caseRef, asOf, rulesetVersion, requestedBy, request, response,
 * sha256(plan.csv) or null]}. The first record's previous hash is {@link #GENESIS}.
 */
public final class Chain {

    public static final String GENESIS = "sha256:" + "0".repeat(64);

    private Chain() {
    }

    public static String hash(AuditRecord r, String planCsvSha256) {
        String canonical = Json.compact(Arrays.asList(r.seq(), r.id(), r.kind().name(), r.storedAt().toString(),
                r.caseRef(), r.asOf() == null ? null : r.asOf().toString(), r.rulesetVersion(), r.requestedBy(),
                r.request(), r.response(), planCsvSha256));
        return sha256(r.previousHash() + canonical);
    }

    public static String sha256(String text) {
        return Sha256.tagged(text);
    }
}
