package io.spotcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/** Records, in firing order, which rules fired, what they matched and what they inserted. One per run. */
final class FiringRecorder {

    private final Map<String, RuleInfo> rules;
    private final List<Firing> firings = new ArrayList<>();
    private List<Object> inserting;

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            inserting = new ArrayList<>();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            var match = event.getMatch();
            RuleInfo info = rules.get(match.getRule().getName());
            firings.add(new Firing(info, List.copyOf(match.getObjects()), List.copyOf(inserting)));
            inserting = null;
        }
    };

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (inserting != null && event.getRule() != null) {
                inserting.add(event.getObject());
            }
        }
    };

    FiringRecorder(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    List<Firing> firings() {
        return firings;
    }
}
