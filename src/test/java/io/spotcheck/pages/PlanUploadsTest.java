package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.shared.Today;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The files of a refused plan form are kept an hour, on the service's one clock, then swept. */
class PlanUploadsTest {

    /** A clock the test moves by hand. */
    private static final class MovedClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return Today.SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile(name, name, "text/csv", "category_code,name\n".getBytes());
    }

    @Test
    void keptAnHourThenSwept() throws Exception {
        MovedClock clock = new MovedClock();
        PlanUploads uploads = new PlanUploads(Today.of(clock));
        var first = uploads.keep("pat", file("firms.csv"));

        clock.now = clock.now.plus(PlanUploads.KEPT_FOR).minusSeconds(1);
        uploads.keep("pat", file("history.csv")); // keeping another file sweeps what is older than the hour
        assertThat(uploads.find("pat", first.token())).isNotNull();
        assertThat(uploads.find("amy", first.token())).isNull();

        clock.now = clock.now.plus(Duration.ofSeconds(2));
        uploads.keep("pat", file("signals.csv"));
        assertThat(uploads.find("pat", first.token())).isNull();
    }
}
