package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONTRACT §6 "Sign-in throttling": the sliding windows, per name and per address, on a hand-moved clock. */
class SignInThrottleTest {

    private static final Duration NANO = Duration.ofNanos(1);

    private final FakeTicker ticker = new FakeTicker();
    private final SignInThrottle throttle = new SignInThrottle(ticker);

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    @DisplayName("nine failures leave a name open; the tenth locks it, from every address, for five minutes")
    void tenFailuresLockAName() {
        fail("ann", "10.0.0.1", 9);

        assertThat(throttle.lockedFor("ann", "10.0.0.1")).isZero();
        assertThat(throttle.failed("ann", "10.0.0.2")).isTrue();
        assertThat(throttle.lockedFor("ann", "10.0.0.3")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("bo", "10.0.0.1")).isZero();
    }

    @Test
    @DisplayName("the window slides: the lock ends exactly when the oldest of the last ten failures is five minutes old")
    void theWindowSlides() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ann", null);
            ticker.advance(Duration.ofSeconds(1));
        }
        // the failures were at 0..9 s; it is now 10 s

        ticker.advance(Duration.ofSeconds(290).minus(NANO));
        assertThat(throttle.lockedFor("ann", null)).isEqualTo(NANO);
        ticker.advance(NANO);
        assertThat(throttle.lockedFor("ann", null)).isZero();

        throttle.failed("ann", null); // at 300 s: failures at 1..9 s and 300 s are ten in the window again
        assertThat(throttle.lockedFor("ann", null)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("fifty failures from one address lock it for every name; forty-nine do not")
    void fiftyFailuresLockAnAddress() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.lockedFor("someone", "192.0.2.7")).isZero();

        throttle.failed("user49", "192.0.2.7");

        assertThat(throttle.lockedFor("someone", "192.0.2.7")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("someone", "192.0.2.8")).isZero();
    }

    @Test
    @DisplayName("at most the configured number of names are tracked, the one with the oldest failure dropped")
    void tracksABoundedNumberOfNames() {
        var small = new SignInThrottle(ticker, 3);
        for (int i = 0; i < 10; i++) {
            small.failed("old", null);
        }
        small.failed("a", null);
        small.failed("b", null);
        assertThat(small.lockedFor("old", null)).isPositive();

        small.failed("c", null);

        assertThat(small.trackedNames()).isEqualTo(3);
        assertThat(small.lockedFor("old", null)).isZero();
    }

    @Test
    @DisplayName("a name's later failure keeps it among the tracked even when it failed first")
    void aRecentFailureKeepsANameTracked() {
        var small = new SignInThrottle(ticker, 2);
        for (int i = 0; i < 10; i++) {
            small.failed("ann", null);
        }
        small.failed("a", null);
        small.failed("ann", null);

        small.failed("b", null); // drops "a", whose last failure is now the oldest

        assertThat(small.lockedFor("ann", null)).isPositive();
    }
}
