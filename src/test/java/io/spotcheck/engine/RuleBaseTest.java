package io.spotcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.engine.RuleSource.RuleFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBaseTest {

    private static final String HEADER = "package io.spotcheck.test;\nimport io.spotcheck.casefile.Firm;\n\n";

    private static RuleBase build(String text) {
        return RuleBase.build(RuleSource.of("test", List.of(
                new RuleFile("test/one.drl", text.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String rule(String id, String meta, String group, String when) {
        return "rule \"" + id + " Does something\"\n" + meta + "    ruleflow-group \"" + group + "\"\nwhen\n    "
                + when + "\nthen\nend\n";
    }

    private static final String META = "    @id(\"TST-001\") @basis(\"basis\") @zh(\"中文\") @en(\"English\")\n";

    @Test
    void buildsAndCataloguesAWellFormedRule() {
        var rules = build(HEADER + rule("TST-001", META, "case-derive", "Firm()"));

        assertThat(rules.rules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("TST-001");
            assertThat(r.zh()).isEqualTo("中文");
            assertThat(r.basis()).isEqualTo("basis");
            assertThat(r.file()).isEqualTo("test/one.drl");
            assertThat(r.phase()).isEqualTo("case-derive");
        });
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() {
        assertThatThrownBy(() -> build(HEADER + rule("TST-001", META, "case-derive", "NoSuchFact()")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/test/one.drl:8: ")
                .hasMessageContaining("NoSuchFact");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        assertThatThrownBy(() -> build(HEADER + rule("TST-001", META, "case-derive", "Firm(role ==)")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/test/one.drl:8: ");
    }

    @Test
    void aRuleWithoutBasisIsRefused() {
        String meta = "    @id(\"TST-001\") @zh(\"中文\") @en(\"English\")\n";

        assertThatThrownBy(() -> build(HEADER + rule("TST-001", meta, "case-derive", "Firm()")))
                .hasMessageContaining("has no @basis");
    }

    @Test
    void aRuleNamedAfterAnotherIdIsRefused() {
        assertThatThrownBy(() -> build(HEADER + rule("TST-002", META, "case-derive", "Firm()")))
                .hasMessageContaining("must be named after its id");
    }

    @Test
    void aReusedIdIsRefused() {
        String second = "rule \"TST-001 Does something else\"\n" + META + "    ruleflow-group \"case-decide\"\nwhen\n"
                + "    Firm()\nthen\nend\n";

        assertThatThrownBy(() -> build(HEADER + rule("TST-001", META, "case-derive", "Firm()") + second))
                .hasMessageContaining("reuses id TST-001");
    }

    @Test
    void aRuleOutsideTheTwoPhasesIsRefused() {
        assertThatThrownBy(() -> build(HEADER + rule("TST-001", META, "main", "Firm()")))
                .hasMessageContaining("must declare ruleflow-group");
    }

    @Test
    void metadataQuotesAreStripped() {
        assertThat(RuleInfo.meta(java.util.Map.of("id", "\"CLS-001\""), "id")).isEqualTo("CLS-001");
        assertThat(RuleInfo.meta(java.util.Map.of("id", "CLS-001"), "id")).isEqualTo("CLS-001");
        assertThat(RuleInfo.meta(java.util.Map.of("id", "\"\""), "id")).isNull();
    }
}
