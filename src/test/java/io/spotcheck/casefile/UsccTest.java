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
}
