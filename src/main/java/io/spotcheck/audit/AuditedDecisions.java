package io.spotcheck.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.decision.Decision;
import io.spotcheck.shared.Json;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.targeting.Plan;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.PlanSummary;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Decides and plans with a record kept: the result is stored, with its ruleset, before it is given out; if the
 * store cannot keep it, nothing is given out ({@link StoreUnavailableException}). Counts and times every decision.
 */
@Service
public class AuditedDecisions {

    private final RuleBase rules;
    private final CaseDecider decider;
    private final Planner planner;
    private final AuditWriter log;
    private final RulesetSnapshots snapshots;
    private final MeterRegistry registry;
    private final Timer decisionTimer;
    private final Timer planTimer;
    private final Counter storeFailures;
    private final Map<String, Counter> ruleCounters = new ConcurrentHashMap<>();

    public AuditedDecisions(RuleBase rules, CaseDecider decider, Planner planner, AuditWriter log,
                            RulesetSnapshots snapshots, MeterRegistry registry) {
        this.rules = rules;
        this.decider = decider;
        this.planner = planner;
        this.log = log;
        this.snapshots = snapshots;
        this.registry = registry;
        this.decisionTimer = Timer.builder("spotcheck.decision").description("case decisions, stored")
                .register(registry);
        this.planTimer = Timer.builder("spotcheck.plan").description("annual plans, stored").register(registry);
        this.storeFailures = Counter.builder("spotcheck.store.failures")
                .description("records the audit store could not keep").register(registry);
    }

    /** A decision and the exact JSON stored for it, which is also what the caller gets. */
    public record Stored(Decision decision, String json) {
    }

    public Stored decide(CaseRequest request, String requestedBy) {
        long start = System.nanoTime();
        Decision decision = decider.decide(request, UUID.randomUUID().toString());
        String json = Json.compact(decision);
        store(new AuditWriter.Entry(decision.decisionId(), Kind.DECISION, request.caseRef(), request.asOf(),
                decision.rulesetVersion(), requestedBy, Json.compact(request), json, null));
        registry.counter("spotcheck.decisions", "filing", decision.filing().name(),
                "serious", Boolean.toString(decision.serious())).increment();
        decision.explanation().forEach(e -> ruleCounters.computeIfAbsent(e.ruleId(),
                id -> registry.counter("spotcheck.rule.fired", "rule", id)).increment());
        decisionTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new Stored(decision, json);
    }

    public PlanSummary plan(PlanRequest request, Planner.Files files, String requestedBy) {
        return plan(request, files, requestedBy, null);
    }

    /** The same, the plan named (null: no name; a name can be given while the plan is a draft, {@link PlanReviews}). */
    public PlanSummary plan(PlanRequest request, Planner.Files files, String requestedBy, String name) {
        long start = System.nanoTime();
        Plan plan = planner.plan(request, files, Progress.NONE);
        String id = UUID.randomUUID().toString();
        PlanSummary summary = plan.summary().withId(id);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("year", request.year());
        asked.put("budget", request.budget());
        asked.put("seed", request.seed());
        asked.put("start", request.start().toString());
        asked.put("inputDigest", summary.inputDigest());
        if (name != null) {
            asked.put("name", name);
        }
        store(new AuditWriter.Entry(id, Kind.PLAN, null, request.start(), summary.rulesetVersion(), requestedBy,
                Json.compact(asked), Json.compact(summary), plan.csv()));
        planTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return summary;
    }

    private void store(AuditWriter.Entry entry) {
        try {
            snapshots.remember(rules.source());
            log.append(entry);
        } catch (StoreUnavailableException e) {
            storeFailures.increment();
            throw e;
        } catch (DataAccessException e) {
            storeFailures.increment();
            throw new StoreUnavailableException("the audit store could not keep the ruleset: " + e.getMessage(), e);
        }
    }
}
