package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.AuditRecord.Kind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Known answers for {@link Chain#hash}: every stored record is verified with this function, so a change in how it
 * writes the canonical JSON (a Jackson upgrade, a new field) would make every stored chain fail. These pin it; the
 * first was also computed outside Java (Python: json.dumps(array, ensure_ascii=False, separators=(",", ":")), then
 * SHA-256 of previousHash + that text).
 */
class ChainHashTest {

    private static final AuditRecord DECISION = new AuditRecord(17, "0f9c6a0e-0000-4000-8000-000000000017",
            Kind.DECISION, Instant.parse("2027-07-25T08:30:00.125Z"), "PD-2027-0042", LocalDate.of(2027, 7, 25),
            "sha256:5d41", "ann", "{\"caseRef\":\"PD-2027-0042\",\"firm\":{\"name\":\"上海某某电器有限公司\"}}",
            "{\"filing\":\"MUST_FILE\",\"serious\":true}", Chain.GENESIS, null);

    @Test
    void aDecisionHashesAsEverStoredRecordDid() {
        assertThat(Chain.hash(DECISION, null)).isEqualTo("sha256:80ac398bea634aec00ab6f828e30f1d2b06d80954b883c0ab0f706256788bb73");
    }

    @Test
    void aPlanHashCoversItsRowsDigest() {
        assertThat(Chain.hash(DECISION, Chain.sha256("uscc,name\n"))).isEqualTo("sha256:42a2a0a7930cd3cbebf1ab65dcb70ba32b57b38df16239ebc7ce6c0a4d155b06");
    }

    @Test
    void anEventWithoutRulesetOrResponseHashesItsNulls() {
        var event = new AuditRecord(18, "0f9c6a0e-0000-4000-8000-000000000018", Kind.EVENT,
                Instant.parse("2027-07-26T00:00:00Z"), "PD-2027-0042", LocalDate.of(2027, 7, 26), null, "ann",
                "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2027-07-26\"}", null, "sha256:" + "a".repeat(64), null);

        assertThat(Chain.hash(event, null)).isEqualTo("sha256:991c5eff3b12b4e79d6d8379b8f2e39123d724aae08823d6e22d8ec88dac4069");
    }

    @Test
    void theDigestOfTextIsSha256OfItsUtf8() {
        assertThat(Chain.sha256("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
