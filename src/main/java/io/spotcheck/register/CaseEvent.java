package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded event of a case, with the fields its type takes (the others null), who recorded it and when.
 * {@code retractedBy} is filled in a view when a live {@code RETRACT} withdraws it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "date", "result", "by", "signed", "reachable", "codes", "to", "code", "eventId",
        "reason", "recordedBy", "recordedAt", "retractedBy"})
public record CaseEvent(String id, EventType type, LocalDate date, String result, String by, Boolean signed,
                        Boolean reachable, List<String> codes, String to, String code, String eventId, String reason,
                        String recordedBy, Instant recordedAt, String retractedBy) {

    /** The payload stored in the chain: what happened, without who recorded it or when (the record says that). */
    public CaseEvent payload() {
        return new CaseEvent(null, type, date, result, by, signed, reachable, codes, to, code, eventId, reason,
                null, null, null);
    }

    public CaseEvent stored(String id, String recordedBy, Instant recordedAt) {
        return new CaseEvent(id, type, date, result, by, signed, reachable, codes, to, code, eventId, reason,
                recordedBy, recordedAt, null);
    }

    public CaseEvent retractedBy(String retractId) {
        return new CaseEvent(id, type, date, result, by, signed, reachable, codes, to, code, eventId, reason,
                recordedBy, recordedAt, retractId);
    }
}
