package io.spotcheck.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one source of "today" (CONTRACT: the date in Asia/Shanghai, or {@code SPOTCHECK_TODAY=YYYY-MM-DD} when set)
 * and of the wall-clock time that stored records carry ({@code storedAt}, {@code recordedAt}), which a fixed
 * today never changes.
 */
public final class Today {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String ENVIRONMENT = "SPOTCHECK_TODAY";

    private final Clock clock;
    private final LocalDate fixed;

    private Today(Clock clock, LocalDate fixed) {
        this.clock = clock.withZone(SHANGHAI);
        this.fixed = fixed;
    }

    /** The system clock in Shanghai; {@code fixedDate} (blank: none) fixes the date, not the time. */
    public static Today of(String fixedDate) {
        return of(Clock.system(SHANGHAI), fixedDate);
    }

    /** Today as the environment says: {@code SPOTCHECK_TODAY} when set, else the date in Shanghai. */
    public static Today fromEnvironment() {
        return of(System.getenv(ENVIRONMENT));
    }

    public static Today of(Clock clock, String fixedDate) {
        if (fixedDate == null || fixedDate.isBlank()) {
            return new Today(clock, null);
        }
        try {
            return new Today(clock, LocalDate.parse(fixedDate.strip()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(ENVIRONMENT + " is not a date YYYY-MM-DD: " + fixedDate.strip());
        }
    }

    /** A clock whose date and time are both {@code clock}'s: for tests. */
    public static Today of(Clock clock) {
        return new Today(clock, null);
    }

    public LocalDate date() {
        return fixed != null ? fixed : LocalDate.now(clock);
    }

    /** The wall-clock instant, for times stored beside records. */
    public Instant now() {
        return clock.instant();
    }

    /** A clock that reads {@link #date()} in Shanghai (midday), for code that takes a {@link Clock}. */
    public Clock dateClock() {
        return fixed == null ? clock : Clock.fixed(fixed.atTime(12, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    public boolean fixed() {
        return fixed != null;
    }
}
