package io.spotcheck.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spotcheck.shared.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The chain's head kept outside the database (CONTRACT §5 "Receipts and the head"): after every group commit, before
 * any answer of it is sent, its last position and hash are appended to a file ({@code ./data/chain-head.log} by
 * default, {@code spotcheck.audit.head-file}; empty: none). A database that loses its newest records then no longer
 * matches its head, and {@code audit verify} says so. One JSON object a line, flushed to the disk each time.
 */
@Component
public class ChainHead {

    /** One checkpoint: the chain's position and hash at a time; who accepted it and why, after a restore. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Checkpoint(long position, String hash, Instant time, String acceptedBy, String reason) {
    }

    private final Path file;

    @org.springframework.beans.factory.annotation.Autowired
    public ChainHead(io.spotcheck.shared.SpotcheckProperties settings) {
        this(settings.audit().headFile());
    }

    public ChainHead(String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    public static ChainHead none() {
        return new ChainHead("");
    }

    public boolean enabled() {
        return file != null;
    }

    /** Appends a checkpoint and forces it to the disk; throws when the file cannot be written. */
    public synchronized void append(Checkpoint checkpoint) throws IOException {
        if (file == null) {
            return;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        byte[] line = (Json.compact(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap(line));
            out.force(false);
        }
    }

    /** Whether the file can take a line now (for the store's health): opened for appending and forced. */
    public synchronized void probe() throws IOException {
        if (file == null) {
            return;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.force(false);
        }
    }

    /** The last checkpoint, or empty when there is no file (or no line in it). */
    public synchronized Optional<Checkpoint> last() {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 8192);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String[] lines = text.split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                try {
                    return Optional.of(Json.COMPACT.readValue(lines[i], Checkpoint.class));
                } catch (RuntimeException cut) {
                    // a line cut short by a crash while it was written: the one before it holds
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreUnavailableException("the chain's head file cannot be read: " + e.getMessage(), e);
        }
    }
}
