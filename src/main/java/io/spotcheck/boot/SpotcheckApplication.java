package io.spotcheck.boot;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.ruleset.RulesLoader;
import io.spotcheck.shared.SpotcheckProperties;
import io.spotcheck.shared.Today;
import io.spotcheck.targeting.Planner;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The HTTP service: builds the rule base once at start-up (a bad rule file stops it) and serves decisions. */
@SpringBootApplication(scanBasePackages = "io.spotcheck")
@org.springframework.boot.context.properties.EnableConfigurationProperties(SpotcheckProperties.class)
public class SpotcheckApplication {

    @Bean
    RuleBase ruleBase(SpotcheckProperties settings) {
        return RulesLoader.load(settings.rulesDir());
    }

    /** "Today": the date in Asia/Shanghai, or {@code SPOTCHECK_TODAY} / {@code --spotcheck.today} when set. */
    @Bean
    Today today(SpotcheckProperties settings) {
        return Today.of(settings.today());
    }

    @Bean
    Clock clock(Today today) {
        return today.dateClock();
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
    Planner planner(RuleBase ruleBase, SpotcheckProperties settings) {
        return new Planner(ruleBase, settings.plan().maxRows());
    }
}
