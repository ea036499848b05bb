package io.spotcheck.security;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in throttling (CONTRACT §6 version 2): a name is locked, from every address, while it has {@value #NAME_LIMIT}
 * or more failed sign-ins in the last five minutes; an address is locked, for every name, while it has
 * {@value #ADDRESS_LIMIT} or more (a sliding window). Only failures are counted: a locked attempt is not a failure and
 * a success resets nothing. Each name or address keeps the times of its last failures up to its limit (the lock
 * ends when the oldest of them leaves the window), and at most {@value #MAX_TRACKED} of each are tracked, the one
 * whose last failure is oldest dropped first. Time comes from a {@link Ticker}, so tests move it by hand.
 */
final class SignInThrottle {

    static final int NAME_LIMIT = 10;
    static final int ADDRESS_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 100_000;
    private static final int MAX_KEY = 256;

    private final Ticker ticker;
    private final long window;
    private final Failures names;
    private final Failures addresses;

    SignInThrottle(Ticker ticker) {
        this(ticker, MAX_TRACKED);
    }

    SignInThrottle(Ticker ticker, int maxTracked) {
        this.ticker = ticker;
        this.window = WINDOW.toNanos();
        this.names = new Failures(NAME_LIMIT, maxTracked);
        this.addresses = new Failures(ADDRESS_LIMIT, maxTracked);
    }

    /** How long until {@code name} from {@code address} (null: unknown) may try again; zero when not locked. */
    Duration lockedFor(String name, String address) {
        long now = ticker.read();
        long nanos = Math.max(names.lockedFor(key(name), now, window),
                address == null ? 0 : addresses.lockedFor(address, now, window));
        return Duration.ofNanos(nanos);
    }

    /** Counts a failed sign-in; true when it locks the name or the address. */
    boolean failed(String name, String address) {
        long now = ticker.read();
        boolean locked = names.add(key(name), now, window);
        if (address != null) {
            locked |= addresses.add(address, now, window);
        }
        return locked;
    }

    int trackedNames() {
        return names.size();
    }

    private static String key(String name) {
        String n = name == null ? "" : name;
        return n.length() <= MAX_KEY ? n : n.substring(0, MAX_KEY);
    }

    /** The last failure times of each key, in a map ordered by last failure and bounded in size. */
    private static final class Failures {

        /** The last {@code limit} failure times; {@code next} is where the next goes (the oldest, once full). */
        private static final class Ring {
            final long[] times;
            int recorded;
            int next;

            Ring(int limit) {
                times = new long[limit];
            }
        }

        private final int limit;
        private final Map<String, Ring> rings;

        Failures(int limit, int maxTracked) {
            this.limit = limit;
            this.rings = new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Ring> eldest) {
                    return size() > maxTracked;
                }
            };
        }

        synchronized long lockedFor(String key, long now, long window) {
            Ring ring = rings.get(key);
            if (ring == null || ring.recorded < limit) {
                return 0;
            }
            long ends = ring.times[ring.next] + window;
            return now - ends < 0 ? ends - now : 0;
        }

        /** Records a failure at {@code now}; true when the key is locked after it. */
        synchronized boolean add(String key, long now, long window) {
            Ring ring = rings.remove(key);
            if (ring == null) {
                ring = new Ring(limit);
            }
            ring.times[ring.next] = now;
            ring.next = (ring.next + 1) % limit;
            ring.recorded = Math.min(limit, ring.recorded + 1);
            rings.put(key, ring);
            return lockedFor(key, now, window) > 0;
        }

        synchronized int size() {
            return rings.size();
        }
    }
}
