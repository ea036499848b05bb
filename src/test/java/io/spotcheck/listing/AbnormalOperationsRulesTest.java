package io.spotcheck.listing;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/listing/abnormal-operations.drl */
class AbnormalOperationsRulesTest {

    @ParameterizedTest(name = "an unreachable {0} is listed")
    @ValueSource(strings = {"PRODUCER", "SELLER", "ONLINE_SELLER"})
    @DisplayName("LST-001 a firm stated unreachable is listed for abnormal operations, any role")
    void unreachableFirmIsListed(String role) {
        var d = aCase().role(role).firm("reachable", false).decide();

        assertThat(d.fired()).contains("LST-001");
        assertThat(d.listings()).containsExactly("ABNORMAL_OPERATIONS");
    }

    @ParameterizedTest(name = "letters {0} and {1}: {2} days apart, listed = {3}")
    @CsvSource({
            "2027-01-05, 2027-01-19, 14, false",
            "2027-01-05, 2027-01-20, 15, true",
            "2027-01-05, 2027-02-04, 30, true",
            "2027-01-05, 2027-02-05, 31, false",
            "2027-02-04, 2027-01-05, 30, true",
    })
    @DisplayName("LST-002 two unsigned letters 15 to 30 days apart (inclusive) make the firm unreachable")
    void letterWindow(String first, String second, int days, boolean listed) {
        var d = aCase().letter(first, false).letter(second, false).decide();

        assertThat(d.fired().contains("LST-002")).isEqualTo(listed);
        assertThat(d.listings().contains("ABNORMAL_OPERATIONS")).isEqualTo(listed);
    }

    @Test
    @DisplayName("LST-002 a signed letter breaks the pair")
    void signedLetterIsContact() {
        var d = aCase().letter("2027-01-05", false).letter("2027-01-28", true).decide();

        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-002 any two of several letters can make the pair")
    void anyTwoLettersCount() {
        var d = aCase().letter("2027-01-05", false).letter("2027-01-10", true).letter("2027-02-01", false).decide();

        assertThat(d.fired()).contains("LST-002");
    }

    @Test
    @DisplayName("LST-002 reachable: true (contact re-established) overrides the letters")
    void reachableTrueOverridesLetters() {
        var d = aCase().firm("reachable", true).letter("2027-01-05", false).letter("2027-01-28", false).decide();

        assertThat(d.fired()).doesNotContain("LST-001", "LST-002");
        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-003 ACT-030 an unreachable Shanghai firm is listed by its bureau; no notification")
    void shanghaiFirmIsListed() {
        var d = aCase().firm("reachable", false).decide();

        assertThat(d.fired()).contains("LST-001", "LST-003").doesNotContain("ACT-030");
        assertThat(d.listings()).containsExactly("ABNORMAL_OPERATIONS");
        assertThat(actions(d)).doesNotContain("NOTIFY_REGISTRATION_AUTHORITY");
    }

    @Test
    @DisplayName("LST-003 ACT-030 an unreachable out-of-town firm is not listed; its registration authority is told")
    void outOfTownFirmIsReported() {
        var stated = aCase().outOfTown().firm("reachable", false).decide();
        var letters = aCase().outOfTown().letter("2027-01-05", false).letter("2027-01-20", false).decide();

        assertThat(stated.fired()).contains("LST-001", "ACT-030").doesNotContain("LST-003");
        assertThat(letters.fired()).contains("LST-002", "ACT-030").doesNotContain("LST-003");
        assertThat(stated.listings()).isEmpty();
        assertThat(letters.listings()).isEmpty();
        assertThat(actions(stated)).containsExactly("NOTIFY_REGISTRATION_AUTHORITY");
        assertThat(actions(letters)).containsExactly("NOTIFY_REGISTRATION_AUTHORITY");
    }

    @Test
    @DisplayName("ACT-030 a reachable out-of-town firm is neither listed nor reported")
    void reachableOutOfTownFirmIsNotReported() {
        var d = aCase().outOfTown().firm("reachable", true).letter("2027-01-05", false).letter("2027-01-20", false)
                .decide();

        assertThat(d.fired()).doesNotContain("ACT-030", "LST-003");
        assertThat(actions(d)).isEmpty();
    }

    private static java.util.List<String> actions(io.spotcheck.support.Decided d) {
        return d.decision().actions().stream().map(io.spotcheck.decision.Decision.Action::code).toList();
    }
}
