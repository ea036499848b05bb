package io.spotcheck.web;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rules}: the rule catalogue (CONTRACT §3). */
@RestController
class RulesController {

    private final RuleCatalogue catalogue;

    RulesController(RuleBase ruleBase) {
        this.catalogue = RuleCatalogue.of(ruleBase);
    }

    @Operation(summary = "The rule catalogue", description = "Every rule with its id, Chinese and English names, legal basis and file, and the ruleset version (sha256 over every file under rules/).")
    @GetMapping("/api/v1/rules")
    RuleCatalogue rules() {
        return catalogue;
    }
}
