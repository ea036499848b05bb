package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.shared.Json;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;

/**
 * Every refusal of CONTRACT §7 "Events": the problem is named, the status is the contract's, and nothing is stored
 * (the case's events are counted before and after).
 */
class EventRefusalsTest extends RegisterWebTest {

    private static final AtomicInteger CASES = new AtomicInteger(100);

    /** The fields that make a valid event of each type (RETRACT's event id is filled in by the test). */
    private static final Map<EventType, String> FIELDS = Map.ofEntries(
            Map.entry(EventType.NOTICE_RECEIVED, ""), Map.entry(EventType.CORRECTION_ORDERED, ""),
            Map.entry(EventType.RETEST, ",\"result\":\"FAIL\""), Map.entry(EventType.RECHECK, ",\"result\":\"FAIL\""),
            Map.entry(EventType.ANNOUNCED, ",\"by\":\"MUNICIPAL\""),
            Map.entry(EventType.SECOND_RECHECK, ",\"result\":\"FAIL\""),
            Map.entry(EventType.SUSPENSION_RECHECK, ",\"result\":\"FAIL\""),
            Map.entry(EventType.MAIL_SENT, ",\"signed\":false"), Map.entry(EventType.REACHABILITY, ",\"reachable\":true"),
            Map.entry(EventType.FINDINGS, ",\"codes\":[\"CLAIMS_CONFORMITY\"]"),
            Map.entry(EventType.CIRCUMSTANCES, ",\"codes\":[\"BAD_NATURE\"]"),
            Map.entry(EventType.PENALTIES, ",\"codes\":[\"WARNING\"]"),
            Map.entry(EventType.MINOR_GROUNDS, ",\"codes\":[\"NO_FAULT\"]"),
            Map.entry(EventType.NO_INTENT_PROVEN, ""), Map.entry(EventType.JURISDICTION_DISPUTED, ""),
            Map.entry(EventType.TRANSFERRED, ",\"to\":\"黄浦区\",\"reason\":\"指定管辖\""),
            Map.entry(EventType.DONE, ",\"code\":\"CREDIT_RECORD\""), Map.entry(EventType.CLOSED, ",\"reason\":\"结案\""),
            Map.entry(EventType.RETRACT, ",\"eventId\":\"%s\",\"reason\":\"录入错误\""));

    /** A fresh failed case of a Pudong producer, opened 2026-09-21, with a notice event; returns its reference. */
    private String freshCase() throws Exception {
        String ref = "ER-" + CASES.incrementAndGet();
        importResults("muni", HEADER + failedKettle(ref, uscc(CASES.get()), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        return ref;
    }

    private String body(EventType type, String date, String eventId) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\"" + String.format(FIELDS.get(type), eventId) + "}";
    }

    private String record(String ref, String json) throws Exception {
        String view = event("ann", ref, json).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        var events = Json.COMPACT.readTree(view).path("events");
        return events.get(events.size() - 1).path("id").asString();
    }

    private int events(String ref) throws Exception {
        return Json.COMPACT.readTree(caseAsOf("muni", ref, "2026-11-30").andReturn().getResponse()
                .getContentAsString()).path("events").size();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("Every event type: a date after today, a date before 1993 and an unknown field are refused, nothing stored")
    void datesAndFieldsOfEveryType(EventType type) throws Exception {
        String ref = freshCase();
        String target = record(ref, body(EventType.MAIL_SENT, "2026-09-25", null));

        event("ann", ref, body(type, "2026-12-01", target)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("after today")));
        event("ann", ref, body(type, "1992-12-31", target)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        event("ann", ref, body(type, "2026-02-30", target)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        event("ann", ref, body(type, "2026-11-30", target).replace("}", ",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("colour"));
        assertThat(events(ref)).isEqualTo(1);

        if (java.util.Set.of(EventType.RETEST, EventType.RECHECK, EventType.ANNOUNCED, EventType.SECOND_RECHECK,
                EventType.SUSPENSION_RECHECK).contains(type)) {
            // a step without the step it follows (a re-test without a notice, a re-check without an order …)
            event("ann", ref, body(type, "2026-11-30", target)).andExpect(status().isBadRequest());
            assertThat(events(ref)).isEqualTo(1);
        } else {
            record(ref, body(type, "2026-11-30", target));
            assertThat(events(ref)).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EventType.class, names = {"RETEST", "RECHECK", "ANNOUNCED", "SECOND_RECHECK",
            "SUSPENSION_RECHECK", "FINDINGS", "CIRCUMSTANCES", "PENALTIES", "MINOR_GROUNDS", "TRANSFERRED", "DONE"})
    @DisplayName("Every event type with a code: an unknown code is refused with the codes accepted")
    void unknownCodes(EventType type) throws Exception {
        String ref = freshCase();
        String bad = body(type, "2026-10-01", null).replaceAll("(\"(result|by|to|code)\":\")[^\"]+\"", "$1BOGUS\"")
                .replace("[\"CLAIMS_CONFORMITY\"]", "[\"BOGUS\"]").replace("[\"BAD_NATURE\"]", "[\"BOGUS\"]")
                .replace("[\"WARNING\"]", "[\"BOGUS\"]").replace("[\"NO_FAULT\"]", "[\"BOGUS\"]");

        event("ann", ref, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("BOGUS")));
        assertThat(events(ref)).isZero();
    }

    @Test
    @DisplayName("A step dated before the step it follows is refused: re-check before the correction order, second re-check before the announcement")
    void outOfOrderSteps() throws Exception {
        String ref = freshCase();
        record(ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null));
        record(ref, body(EventType.CORRECTION_ORDERED, "2026-09-30", null));

        event("ann", ref, body(EventType.RECHECK, "2026-09-29", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("case.spotChecks[0].recheck")));
        record(ref, body(EventType.RECHECK, "2026-10-30", null));
        record(ref, body(EventType.ANNOUNCED, "2026-11-05", null));
        event("ann", ref, body(EventType.SECOND_RECHECK, "2026-11-04", null)).andExpect(status().isBadRequest());
        event("ann", ref, body(EventType.SUSPENSION_RECHECK, "2026-11-20", null)).andExpect(status().isBadRequest());
        assertThat(events(ref)).isEqualTo(4);
    }

    @Test
    @DisplayName("A lifecycle step already live, a second CLOSED, a DONE already live and FILED beside NOT_FILED_APPROVED are conflicts (409)")
    void conflicts() throws Exception {
        String ref = freshCase();
        record(ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null));
        event("ann", ref, body(EventType.NOTICE_RECEIVED, "2026-09-23", null)).andExpect(status().isConflict());
        record(ref, body(EventType.DONE, "2026-09-25", null));
        event("ann", ref, body(EventType.DONE, "2026-09-26", null)).andExpect(status().isConflict());
        record(ref, "{\"type\":\"DONE\",\"code\":\"FILED\",\"date\":\"2026-10-01\"}");
        event("ann", ref, "{\"type\":\"DONE\",\"code\":\"NOT_FILED_APPROVED\",\"date\":\"2026-10-02\"}")
                .andExpect(status().isConflict());
        record(ref, body(EventType.CLOSED, "2026-11-01", null));
        event("ann", ref, body(EventType.CLOSED, "2026-11-02", null)).andExpect(status().isConflict());
        assertThat(events(ref)).isEqualTo(4);
    }

    @Test
    @DisplayName("A serious problem is never excused: NOT_FILED_APPROVED on a MUST_FILE case is 422")
    void notFilingAMustFileCase() throws Exception {
        String ref = freshCase();

        event("ann", ref, "{\"type\":\"DONE\",\"code\":\"NOT_FILED_APPROVED\",\"date\":\"2026-10-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("MUST_FILE")));
        assertThat(events(ref)).isZero();
    }

    @Test
    @DisplayName("Retracting: an unknown event, another case's, a RETRACT, one already retracted, or dated before the event are refused")
    void retractions() throws Exception {
        String ref = freshCase();
        String other = freshCase();
        String mail = record(ref, body(EventType.MAIL_SENT, "2026-10-01", null));
        String elsewhere = record(other, body(EventType.MAIL_SENT, "2026-10-01", null));

        event("ann", ref, body(EventType.RETRACT, "2026-10-02", "no-such-event")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventId"));
        event("ann", ref, body(EventType.RETRACT, "2026-10-02", elsewhere)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("another case")));
        event("ann", ref, body(EventType.RETRACT, "2026-09-30", mail)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        String retract = record(ref, body(EventType.RETRACT, "2026-10-02", mail));
        event("ann", ref, body(EventType.RETRACT, "2026-10-03", mail)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("already retracted")));
        event("ann", ref, body(EventType.RETRACT, "2026-10-03", retract)).andExpect(status().isBadRequest());
        assertThat(events(ref)).isEqualTo(2);
        var view = Json.COMPACT.readTree(caseAsOf("ann", ref, "2026-10-02").andReturn().getResponse()
                .getContentAsString());
        assertThat(view.path("events").get(0).path("retractedBy").asString()).isEqualTo(retract);
        assertThat(view.path("request").path("firm").has("registeredMail")).isFalse();
        var before = Json.COMPACT.readTree(caseAsOf("ann", ref, "2026-10-01").andReturn().getResponse()
                .getContentAsString());
        assertThat(before.path("request").path("firm").path("registeredMail")).hasSize(1);
    }

    @Test
    @DisplayName("Who records: another district's case is not found (404), an auditor and a planner are refused (403)")
    void whoRecords() throws Exception {
        String ref = freshCase();

        event("bob", ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null)).andExpect(status().isNotFound());
        caseAsOf("bob", ref, "2026-11-30").andExpect(status().isNotFound());
        event("audrey", ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null)).andExpect(status().isForbidden());
        event("pat", ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null)).andExpect(status().isForbidden());
        as("pat", get("/api/v1/worklist")).andExpect(status().isForbidden());
        caseAsOf("audrey", ref, "2026-11-30").andExpect(status().isOk());
        record(ref, body(EventType.NOTICE_RECEIVED, "2026-09-22", null));
        event("muni", ref, body(EventType.CORRECTION_ORDERED, "2026-09-30", null)).andExpect(status().isCreated());
        assertThat(events(ref)).isEqualTo(2);
    }

    @Test
    @DisplayName("A transfer hands the case over: to its holder is refused; after it the old district no longer sees it; retracting it gives it back")
    void transfers() throws Exception {
        String ref = freshCase();
        event("ann", ref, body(EventType.TRANSFERRED, "2026-10-01", null).replace("黄浦区", "浦东新区"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));

        String transfer = record(ref, body(EventType.TRANSFERRED, "2026-10-01", null));

        caseAsOf("ann", ref, "2026-11-30").andExpect(status().isNotFound());
        caseAsOf("bob", ref, "2026-11-30").andExpect(status().isOk()).andExpect(jsonPath("$.district").value("黄浦区"));
        caseAsOf("bob", ref, "2026-09-30").andExpect(jsonPath("$.district").value("浦东新区"));
        event("bob", ref, body(EventType.RETRACT, "2026-11-30", transfer)).andExpect(status().isCreated());
        caseAsOf("ann", ref, "2026-11-30").andExpect(status().isOk()).andExpect(jsonPath("$.district").value("浦东新区"));
    }

    @Test
    @DisplayName("A closed case takes events that change its decision and done, never its todo; retracting CLOSED reopens it")
    void closedCases() throws Exception {
        String ref = freshCase();
        String closed = record(ref, body(EventType.CLOSED, "2026-10-01", null));

        record(ref, "{\"type\":\"DONE\",\"code\":\"FILED\",\"date\":\"2026-10-02\"}");

        caseAsOf("ann", ref, "2026-11-30").andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.todo.length()").value(0))
                .andExpect(jsonPath("$.done[0].code").value("FILED"));
        record(ref, body(EventType.RETRACT, "2026-11-30", closed));
        caseAsOf("ann", ref, "2026-11-30").andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.todo.length()").value(Matchers.greaterThan(0)));
    }
}
