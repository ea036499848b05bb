package io.spotcheck.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a refused plan form, kept so the planner does not choose them again (a browser empties every file
 * input of a page it is sent back): each under a random token bound to the user who sent it, in a temporary file,
 * for an hour at most, and dropped once a plan is made from it.
 */
@Component
class PlanUploads {

    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** A file kept: who sent it, its name as chosen, its size, where it lies and since when. */
    record Kept(String token, String user, String originalName, long size, Path path, Instant since) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final io.spotcheck.shared.Today today;

    PlanUploads(io.spotcheck.shared.Today today) {
        this.today = today;
    }

    /** Keeps an uploaded file for {@code user}; returns its token. */
    Kept keep(String user, MultipartFile file) throws IOException {
        sweep();
        Path path = Files.createTempFile("spotcheck-plan-upload", ".part");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String token = UUID.randomUUID().toString();
        Kept k = new Kept(token, user, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                Files.size(path), path, today.now());
        kept.put(token, k);
        return k;
    }

    /** The file kept under {@code token} for {@code user}, if it is still kept. */
    Kept find(String user, String token) {
        Kept k = token == null ? null : kept.get(token);
        return k != null && k.user().equals(user) && Files.isRegularFile(k.path()) ? k : null;
    }

    /** The kept files named by the form's {@code kept-<file>} fields, by plan file name. */
    Map<String, Kept> named(String user, Iterable<String> files, java.util.function.Function<String, String> param) {
        Map<String, Kept> out = new LinkedHashMap<>();
        for (String f : files) {
            Kept k = find(user, param.apply("kept-" + f));
            if (k != null) {
                out.put(f, k);
            }
        }
        return out;
    }

    void drop(Kept k) {
        kept.remove(k.token());
        try {
            Files.deleteIfExists(k.path());
        } catch (IOException ignored) {
            // a temporary file: the system's cleaning takes it
        }
    }

    private void sweep() {
        Instant old = today.now().minus(KEPT_FOR);
        kept.values().stream().filter(k -> k.since().isBefore(old)).toList().forEach(this::drop);
    }
}
