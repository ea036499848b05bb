package io.spotcheck.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest of the service: ruleset versions, the audit chain, plan inputs and draw keys. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new SHA-256 digest (every JVM has one). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex of the digest of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Lower-case hex of the digest of {@code text} in UTF-8. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code "sha256:"} + lower-case hex of the digest of {@code text} in UTF-8. */
    public static String tagged(String text) {
        return "sha256:" + hex(text);
    }

    /** {@code "sha256:"} + lower-case hex of a finished digest. */
    public static String tagged(MessageDigest finished) {
        return "sha256:" + HexFormat.of().formatHex(finished.digest());
    }
}
