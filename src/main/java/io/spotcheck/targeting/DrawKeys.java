package io.spotcheck.targeting;

import io.spotcheck.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The verifiable draw (CONTRACT §2): {@code key = SHA-256(seed + "|" + pool + "|" + uscc + "|" + category_code)}
 * over UTF-8. Unweighted pools are taken in ascending key order (the digest's first 8 bytes as an unsigned
 * big-endian number; equal prefixes, never yet seen, fall back to uscc then category). A weighted draw takes the
 * largest {@code ln(u) / w}, {@code u = (first 8 bytes as unsigned + 0.5) / 2^64}, ln being fdlibm's
 * ({@link StrictMath#log}), the unsigned number rounded once to the nearest double.
 */
final class DrawKeys {

    private static final double TWO_TO_64 = 18446744073709551616.0;

    private final String seed;
    private final MessageDigest sha = Sha256.digest();

    DrawKeys(String seed) {
        this.seed = seed;
    }

    /** The first 8 bytes of the key, big-endian: compare with {@link Long#compareUnsigned}. */
    long key(String pool, String uscc, String category) {
        byte[] d = sha.digest((seed + "|" + pool + "|" + uscc + "|" + category).getBytes(StandardCharsets.UTF_8));
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (d[i] & 0xff);
        }
        return k;
    }

    /** u of the weighted draw, in (0, 1). */
    static double u(long key) {
        double unsigned = key >= 0 ? (double) key : ((double) ((key >>> 1) | (key & 1))) * 2.0;
        return (unsigned + 0.5) / TWO_TO_64;
    }

    /** The weighted draw's score {@code ln(u) / w}; larger is drawn first. Weight 0 is never drawn. */
    static double score(long key, double weight) {
        return weight <= 0 ? Double.NEGATIVE_INFINITY : StrictMath.log(u(key)) / weight;
    }
}
