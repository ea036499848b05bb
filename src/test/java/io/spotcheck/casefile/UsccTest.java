package io.spotcheck.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91310115MA1K3YJ574", "91310000132200821H", "91310104MA1FR4XK3T", "9131011500000000" + "0Q"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(Uscc.problemWith(code)).isEmpty();
        assertThat(Uscc.of(code).value()).isEqualTo(code);
    }

    @Test
    void rejectsAWrongCheckCharacterAndNamesTheRightOne() {
        assertThat(Uscc.problemWith("91310115MA1K3YJ575")).hasValueSatisfying(p -> assertThat(p).contains("'4'"));
    }

    @Test
    void mapsACheckValueOf31ToZero() {
        // a code whose weighted sum is divisible by 31 has check value 31, written '0'
        String first17 = "00000000000000000";

        assertThat(Uscc.checkCharacter(first17)).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310115MA1K3YJ57", "91310115MA1K3YJ5744", "91310115MA1K3YJ5I4", "91310115ma1k3yj574", ""})
    void rejectsWrongLengthOrCharacters(String code) {
        assertThat(Uscc.problemWith(code)).isPresent();
        assertThatThrownBy(() -> Uscc.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11310000000000000", "A1310115MA1K3YJ57", "N2310115MA1K3YJ57", "Y1310115MA1K3YJ57",
            "59310115MA1K3YJ57", "91000001MA1K3YJ57", "91999999MA1K3YJ57"})
    void acceptsEveryRegistrationAuthorityAndAnyNonZeroDivision(String first17) {
        String code = first17 + Uscc.checkCharacter(first17);

        assertThat(Uscc.problemWith(code)).isEmpty();
    }

    @Test
    void refusesAllZerosWhoseCheckCharacterHappensToFit() {
        assertThat(Uscc.checkCharacter("00000000000000000")).isEqualTo('0');

        assertThat(Uscc.problemWith("000000000000000000"))
                .hasValueSatisfying(p -> assertThat(p).contains("registration-authority"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01310115MA1K3YJ57", "B1310115MA1K3YJ57", "M1310115MA1K3YJ57", "X1310115MA1K3YJ57"})
    void refusesAFirstCharacterThatIsNoRegistrationAuthority(String first17) {
        String code = first17 + Uscc.checkCharacter(first17);

        assertThat(Uscc.problemWith(code)).hasValueSatisfying(p -> assertThat(p)
                .contains("first character '" + first17.charAt(0) + "'").contains("1-9, A, N or Y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91000000MA1K3YJ57", "9131011AMA1K3YJ57", "91A10115MA1K3YJ57", "9131011YMA1K3YJ57"})
    void refusesCharacters3To8ThatAreNotASixDigitDivision(String first17) {
        String code = first17 + Uscc.checkCharacter(first17);

        assertThat(Uscc.problemWith(code)).hasValueSatisfying(p -> assertThat(p)
                .contains("characters 3-8 \"" + first17.substring(2, 8) + "\""));
        assertThatThrownBy(() -> Uscc.of(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
