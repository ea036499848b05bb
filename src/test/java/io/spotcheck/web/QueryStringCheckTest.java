package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a=1", "caseRef=PD-2027-0042&page=2", "q=%E4%B8%8A%E6%B5%B7", "q=a+b", "q=%20%7E",
            "flag", "a=&b=", "q=%C2%A0"})
    void acceptsWellFormedQueries(String query) {
        assertThat(QueryStringCheck.wellFormed(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x=%ZZ", "x=%", "x=%4", "x=%00", "x=%1F", "x=%7F", "x=%C2%85", "x=%C2%9F", "x=%FF",
            "x=%ED%A0%80", "x=%E4%B8", "%ZZ=1", "x=%０１", "x=上海"})
    void refusesMalformedQueries(String query) {
        assertThat(QueryStringCheck.wellFormed(query)).isFalse();
    }
}
