package io.spotcheck.web;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rules}: the rule catalogue (CONTRACT §3). */
@RestController
class RulesController {

    private final RuleCatalogue catalogue;

    RulesController(RuleBase ruleBase) {
        this.catalogue = RuleCatalogue.of(ruleBase);
    }

    @GetMapping("/api/v1/rules")
    RuleCatalogue rules() {
        return catalogue;
    }
}
