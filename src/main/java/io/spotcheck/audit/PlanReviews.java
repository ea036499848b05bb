package io.spotcheck.audit;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.shared.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * A plan's name and status (draft → approved), kept in the chain: naming and approving a plan each append a
 * {@code PLAN_STATUS} record whose payload names the plan's record ({@code {"plan", "action", "name"?}}); nothing is
 * updated. A plan is approved once, by a planner or an administrator other than the one who made it (four eyes), and
 * an approved plan cannot be changed: a later name or approval is refused. The approval's record id is derived from
 * the plan's, so a second approval is refused by the store itself even when two instances race.
 */
@Service
public class PlanReviews {

    /** At most this many characters in a plan's name. */
    public static final int NAME_LENGTH = 100;

    public enum Status { DRAFT, APPROVED }

    /** A plan as reviewed: its name (null: none given), status, who made it and, once approved, who and when. */
    public record Review(String plan, String name, Status status, String madeBy, Instant madeAt, String approvedBy,
                        Instant approvedAt, Long approvalPosition) {
    }

    /** Why a change is refused: the plan is approved already, or the one approving made it. */
    public static final class Refused extends RuntimeException {

        public enum Reason { ALREADY_APPROVED, OWN_PLAN }

        private final Reason reason;
        private final transient Review review;

        Refused(Reason reason, Review review) {
            super(reason == Reason.ALREADY_APPROVED
                    ? "the plan was approved by " + review.approvedBy() + " at " + review.approvedAt()
                    + "; an approved plan cannot be changed"
                    : "the plan was made by " + review.madeBy() + "; another planner or an administrator approves it");
            this.reason = reason;
            this.review = review;
        }

        public Reason reason() {
            return reason;
        }

        public Review review() {
            return review;
        }
    }

    private final AuditLog log;
    private final AuditWriter writer;

    public PlanReviews(AuditLog log, AuditWriter writer) {
        this.log = log;
        this.writer = writer;
    }

    /** The review of a stored plan, or empty when {@code planId} names no plan. */
    public Optional<Review> of(String planId) {
        return log.find(planId, Kind.PLAN).map(plan -> fold(plan, statusRecords().getOrDefault(planId, List.of())));
    }

    /** The reviews of these plan records, by plan id. */
    public Map<String, Review> of(List<AuditRecord> plans) {
        Map<String, List<AuditRecord>> statuses = statusRecords();
        Map<String, Review> out = new HashMap<>();
        plans.forEach(p -> out.put(p.id(), fold(p, statuses.getOrDefault(p.id(), List.of()))));
        return out;
    }

    /** Names (or renames) a draft plan. */
    public Review name(String planId, String name, String by) {
        String valid = validName(name);
        if (valid == null) {
            throw new InvalidInputException(List.of(new Problem("name", "is required")));
        }
        return change(planId, "NAME", valid, by);
    }

    /** Approves a draft plan made by someone else. */
    public Review approve(String planId, String by) {
        return change(planId, "APPROVE", null, by);
    }

    /** A name as kept: trimmed; null when blank; refused when longer than {@link #NAME_LENGTH}. */
    public static String validName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > NAME_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("name", "is longer than " + NAME_LENGTH
                    + " characters")));
        }
        return trimmed;
    }

    /** One change at a time in this service, so the check and the record are one step; the store guards approvals. */
    private synchronized Review change(String planId, String action, String name, String by) {
        Review before = of(planId).orElseThrow(() -> new java.util.NoSuchElementException("no plan " + planId));
        if (before.status() == Status.APPROVED) {
            throw new Refused(Refused.Reason.ALREADY_APPROVED, before);
        }
        boolean approve = action.equals("APPROVE");
        if (approve && before.madeBy().equals(by)) {
            throw new Refused(Refused.Reason.OWN_PLAN, before);
        }
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("plan", planId);
        payload.put("action", action);
        if (name != null) {
            payload.put("name", name);
        }
        String id = approve ? approvalId(planId) : UUID.randomUUID().toString();
        try {
            writer.append(new AuditWriter.Entry(id, Kind.PLAN_STATUS, null, null, null, by, Json.compact(payload),
                    null, null));
        } catch (RecordRefusedException e) {
            Review now = of(planId).orElse(before);
            if (now.status() == Status.APPROVED) {
                throw new Refused(Refused.Reason.ALREADY_APPROVED, now);
            }
            throw e;
        }
        return of(planId).orElse(before);
    }

    /** The id of a plan's approval record: one per plan, whoever stores it. */
    public static String approvalId(String planId) {
        return UUID.nameUUIDFromBytes(("plan-approval|" + planId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Map<String, List<AuditRecord>> statusRecords() {
        Map<String, List<AuditRecord>> byPlan = new HashMap<>();
        log.forEach(Kind.PLAN_STATUS, null, null, r -> byPlan.computeIfAbsent(payload(r).path("plan").asString(),
                k -> new ArrayList<>()).add(r));
        return byPlan;
    }

    /** The plan's name and status from its status records, oldest first; nothing after the approval counts. */
    private static Review fold(AuditRecord plan, List<AuditRecord> statuses) {
        JsonNode asked = Json.COMPACT.readTree(plan.request());
        String name = asked.hasNonNull("name") ? asked.get("name").asString() : null;
        for (AuditRecord r : statuses) {
            JsonNode p = payload(r);
            if (p.path("action").asString().equals("APPROVE")) {
                return new Review(plan.id(), name, Status.APPROVED, plan.requestedBy(), plan.storedAt(),
                        r.requestedBy(), r.storedAt(), r.seq());
            }
            if (p.path("action").asString().equals("NAME")) {
                name = p.path("name").asString();
            }
        }
        return new Review(plan.id(), name, Status.DRAFT, plan.requestedBy(), plan.storedAt(), null, null, null);
    }

    private static JsonNode payload(AuditRecord r) {
        return Json.COMPACT.readTree(r.request());
    }
}
