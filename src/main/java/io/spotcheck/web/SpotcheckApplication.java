package io.spotcheck.web;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.RulesLoader;
import io.spotcheck.targeting.Planner;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The HTTP service: builds the rule base once at start-up (a bad rule file stops it) and serves decisions. */
@SpringBootApplication(scanBasePackages = "io.spotcheck")
public class SpotcheckApplication {

    @Bean
    RuleBase ruleBase(@Value("${spotcheck.rules-dir:}") String rulesDir) {
        return RulesLoader.load(rulesDir);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    CaseReader caseReader(Clock clock) {
        return new CaseReader(clock);
    }

    @Bean
    CaseDecider caseDecider(RuleBase ruleBase) {
        return new CaseDecider(() -> ruleBase);
    }

    @Bean
    Planner planner(RuleBase ruleBase, @Value("${spotcheck.plan.max-rows:20000000}") long maxRows) {
        return new Planner(ruleBase, maxRows);
    }
}
