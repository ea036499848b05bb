package io.spotcheck.targeting;

import io.spotcheck.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<String, byte[]> prefixes = new HashMap<>();
    private byte[] ascii = new byte[64];
    private final byte[] digest = new byte[32];

    DrawKeys(String seed) {
        this.seed = seed;
    }

    /**
     * The first 8 bytes of the key, big-endian: compare with {@link Long#compareUnsigned}. The text is fed to the
     * digest piece by piece (the UTF-8 of {@code seed|pool|} once per pool): the same bytes as the whole string's
     * UTF-8, the separators being ASCII, without building it for each of a million pairs.
     */
    long key(String pool, String uscc, String category) {
        sha.update(prefixes.computeIfAbsent(pool, p -> (seed + "|" + p + "|").getBytes(StandardCharsets.UTF_8)));
        update(uscc);
        sha.update((byte) '|');
        update(category);
        try {
            sha.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (digest[i] & 0xff);
        }
        return k;
    }

    /** Feeds the UTF-8 of {@code text}: ASCII through a reused buffer, anything else through the encoder. */
    private void update(String text) {
        int n = text.length();
        if (ascii.length < n) {
            ascii = new byte[Math.max(n, 2 * ascii.length)];
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            ascii[i] = (byte) c;
        }
        sha.update(ascii, 0, n);
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
