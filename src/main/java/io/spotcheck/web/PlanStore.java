package io.spotcheck.web;

import io.spotcheck.targeting.Plan;
import io.spotcheck.targeting.PlanSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The plans made since start-up, the most recent {@value #KEPT} kept in memory. */
@Component
class PlanStore {

    static final int KEPT = 20;

    private final Map<String, Plan> plans = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
            return size() > KEPT;
        }
    };

    synchronized PlanSummary add(Plan plan) {
        String id = UUID.randomUUID().toString();
        PlanSummary summary = plan.summary().withId(id);
        plans.put(id, new Plan(plan.rows(), summary));
        return summary;
    }

    synchronized Optional<Plan> find(String id) {
        return Optional.ofNullable(plans.get(id));
    }
}
