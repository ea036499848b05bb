package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.audit.PlanReviews;
import io.spotcheck.shared.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The audit log's rows: every kind of record with what it is about in the reader's words (a decision's case, a
 * plan's name, a plan named or approved, a result, a case, an event) and the page that shows it.
 */
record AuditRows(AuditRecord record, String subject, String link) {

    static List<AuditRows> of(List<AuditRecord> records, AuditLog log, PlanReviews reviews,
                              org.springframework.context.MessageSource messages, java.util.Locale locale) {
        Words words = (key, args) -> messages.getMessage(key, args, key, locale);
        Map<String, AuditRecord> plans = new HashMap<>();
        for (AuditRecord r : records) {
            String planId = r.kind() == Kind.PLAN ? r.id()
                    : r.kind() == Kind.PLAN_STATUS ? payload(r).path("plan").asString() : null;
            if (planId != null && !plans.containsKey(planId)) {
                (r.kind() == Kind.PLAN ? java.util.Optional.of(r) : log.find(planId, Kind.PLAN))
                        .ifPresent(p -> plans.put(planId, p));
            }
        }
        Map<String, PlanReviews.Review> named = reviews.of(List.copyOf(plans.values()));
        List<AuditRows> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(row(r, plans, named, words));
        }
        return rows;
    }

    /** A message in the reader's language. */
    @FunctionalInterface
    interface Words {
        String of(String key, Object... args);
    }

    private static AuditRows row(AuditRecord r, Map<String, AuditRecord> plans, Map<String, PlanReviews.Review> named,
                                 Words words) {
        return switch (r.kind()) {
            case DECISION -> new AuditRows(r, words.of("auditRow.decision", nn(r.caseRef())), "/decisions/" + r.id());
            case PLAN -> new AuditRows(r, words.of("auditRow.plan", planName(r.id(), plans, named, words)),
                    "/plans/" + r.id());
            case PLAN_STATUS -> {
                JsonNode p = payload(r);
                String planId = p.path("plan").asString();
                String plan = planName(planId, plans, named, words);
                yield new AuditRows(r, p.path("action").asString().equals("APPROVE")
                        ? words.of("auditRow.approved", plan)
                        : words.of("auditRow.named", plan, p.path("name").asString()), "/plans/" + planId);
            }
            case RESULT -> new AuditRows(r, words.of("auditRow.result", nn(r.caseRef())), null);
            case CASE -> new AuditRows(r, words.of("auditRow.case", nn(r.caseRef())),
                    "/register/cases/" + r.caseRef());
            case EVENT -> new AuditRows(r, words.of("auditRow.event", nn(r.caseRef()),
                    words.of("event." + payload(r).path("event").path("type").asString())),
                    "/register/cases/" + r.caseRef());
        };
    }

    /** The plan's name now, or its year. */
    private static String planName(String planId, Map<String, AuditRecord> plans,
                                   Map<String, PlanReviews.Review> named, Words words) {
        PlanReviews.Review review = named.get(planId);
        if (review != null && review.name() != null) {
            return review.name();
        }
        AuditRecord plan = plans.get(planId);
        return plan == null ? planId : words.of("planStatus.unnamedYear",
                payload(plan.response() == null ? "{}" : plan.response()).path("year").asString());
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static JsonNode payload(AuditRecord r) {
        return payload(r.request());
    }

    private static JsonNode payload(String json) {
        return Json.COMPACT.readTree(json);
    }
}
