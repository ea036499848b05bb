package io.spotcheck.audit;

import io.spotcheck.ruleset.RulesLoader;
import io.spotcheck.shared.Json;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** Every ruleset that ever decided something, kept file by file so a past decision can be replayed under it. */
@Repository
public class RulesetSnapshots {

    private final JdbcTemplate jdbc;
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final Map<String, RuleBase> loaded = new ConcurrentHashMap<>();

    public RulesetSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code source} unless its version is already kept. */
    public void remember(RuleSource source) {
        if (stored.contains(source.version())) {
            return;
        }
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM ruleset_snapshot WHERE version = ?", Integer.class,
                source.version());
        if (known == null || known == 0) {
            List<Map<String, String>> files = new ArrayList<>();
            source.files().forEach(f -> files.add(Map.of("path", f.path(),
                    "base64", Base64.getEncoder().encodeToString(f.bytes()))));
            try {
                jdbc.update("INSERT INTO ruleset_snapshot (version, stored_at, files) VALUES (?, ?, ?)",
                        source.version(), OffsetDateTime.now(ZoneOffset.UTC), Json.compact(files));
            } catch (DuplicateKeyException raced) {
                // another writer stored it first: the same bytes, by the version's definition
            }
        }
        stored.add(source.version());
    }

    /** The rule base of a stored version, built once; fails if the version was never stored or does not verify. */
    public RuleBase load(String version, RuleBase current) {
        if (version.equals(current.version())) {
            return current;
        }
        return loaded.computeIfAbsent(version, v -> {
            String json = jdbc.queryForList("SELECT files FROM ruleset_snapshot WHERE version = ?", String.class, v)
                    .stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("ruleset " + v + " was never stored"));
            List<RuleSource.RuleFile> files = new ArrayList<>();
            for (JsonNode f : Json.COMPACT.readTree(json)) {
                files.add(new RuleSource.RuleFile(f.get("path").asString(),
                        Base64.getDecoder().decode(f.get("base64").asString())));
            }
            RuleSource source = RuleSource.of("snapshot " + v, files);
            if (!source.version().equals(v)) {
                throw new IllegalStateException("stored ruleset " + v + " hashes to " + source.version());
            }
            return RulesLoader.load(source);
        });
    }
}
