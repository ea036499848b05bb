package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The firm index by USCC: every code finds its firm through growth, a repeated code keeps its first firm. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("UsccIndexTest")
class UsccIndexTest {

    @Test
    void everyCodeFindsItsFirmAfterTheTableGrewAndOthersFindNone() {
        UsccIndex index = new UsccIndex();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.putIfAbsent(PlanData.uscc(i), i)).isEqualTo(-1);
        }

        for (int i = 0; i < n; i++) {
            String code = PlanData.uscc(i);
            assertThat(index.get(code)).isEqualTo(i);
            assertThat(index.get(Uscc.packHigh(code), Uscc.packLow(code))).isEqualTo(i);
        }
        assertThat(index.get(PlanData.uscc(n))).isEqualTo(-1);
        assertThat(index.get(PlanData.uscc(n + 12_345))).isEqualTo(-1);
    }

    @Test
    void aRepeatedCodeAnswersTheFirmItAlreadyHas() {
        UsccIndex index = new UsccIndex();
        index.putIfAbsent(PlanData.uscc(7), 0);
        index.putIfAbsent(PlanData.uscc(8), 1);

        assertThat(index.putIfAbsent(PlanData.uscc(7), 2)).isZero();
        assertThat(index.putIfAbsent(PlanData.uscc(8), 3)).isEqualTo(1);
        assertThat(index.get(PlanData.uscc(7))).isZero();
    }
}
