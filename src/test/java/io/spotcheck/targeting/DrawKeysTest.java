package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The draw key fed piece by piece is the SHA-256 of the whole text's UTF-8, whatever the text. */
class DrawKeysTest {

    private static long whole(String seed, String pool, String uscc, String category) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256")
                .digest((seed + "|" + pool + "|" + uscc + "|" + category).getBytes(StandardCharsets.UTF_8));
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (d[i] & 0xff);
        }
        return k;
    }

    @Test
    void aKeyIsTheFirstEightBytesOfTheWholeTextsDigest() throws Exception {
        String[][] cases = {
            {"20270101", "RANDOM", PlanData.uscc(1), "C0421"},
            {"20270101", "RANDOM", PlanData.uscc(2), "C0421"},
            {"20270101", "LEVEL_ONE:C0421", PlanData.uscc(1), "C0421"},
            {"种子", "CREDIT:D", PlanData.uscc(3), "电热水壶"},
            {"seed\uD800", "KEY_CATALOGUE", "x\uDC00", "\uD83D\uDE00 emoji"},
            {"", "INSPECTOR_ROUND:0", "I-0001", ""},
            {"s", "RANDOM", "a".repeat(100), "b".repeat(70)},
        };
        DrawKeys keys = new DrawKeys("unused");
        for (String[] c : cases) {
            DrawKeys seeded = new DrawKeys(c[0]);

            long first = seeded.key(c[1], c[2], c[3]);
            long again = seeded.key(c[1], c[2], c[3]);

            assertThat(first).as(String.join("|", c)).isEqualTo(whole(c[0], c[1], c[2], c[3])).isEqualTo(again);
        }
        assertThat(keys.key("RANDOM", PlanData.uscc(1), "C0421"))
                .isNotEqualTo(new DrawKeys("20270101").key("RANDOM", PlanData.uscc(1), "C0421"));
    }
}
