package io.spotcheck.engine;

import io.spotcheck.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Everything in a rules folder: its files (relative path with '/' separators, bytes), sorted by path, and the
 * ruleset version that covers them all.
 *
 * <p>The version is {@code sha256:} + hex of SHA-256 over, for each file in path order, the UTF-8 path, a zero
 * byte, the file's length as 8 big-endian bytes, then its bytes. Anyone can recompute it from the folder.
 */
public record RuleSource(String origin, List<RuleFile> files, String version) {

    public record RuleFile(String path, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public static RuleSource of(String origin, List<RuleFile> files) {
        List<RuleFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(RuleFile::path));
        return new RuleSource(origin, List.copyOf(sorted), versionOf(sorted));
    }

    /** Reads every regular file under {@code dir}. */
    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException("rules folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.add(new RuleFile(rel, Files.readAllBytes(p)));
            }
            return of(dir.toAbsolutePath().normalize().toString(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + dir, e);
        }
    }

    /**
     * Reads the rules packaged into the jar (or target/classes) under {@code rules/}: the folder's files when the
     * classes are a folder, the jar's entries when they are a jar (read directly: this runs at every start).
     */
    public static RuleSource fromClasspath() {
        return fromClassLoader(RuleSource.class.getClassLoader());
    }

    static RuleSource fromClassLoader(ClassLoader loader) {
        try {
            URL root = loader.getResource("rules/");
            if (root == null) {
                throw new RuleBaseException("no rules packaged under classpath:rules/");
            }
            List<RuleFile> files = switch (root.getProtocol()) {
                case "file" -> fromDirectory(Path.of(root.toURI())).files();
                case "jar" -> jarEntries((JarURLConnection) root.openConnection());
                default -> scanned(loader, root);
            };
            if (files.isEmpty()) {
                throw new RuleBaseException("no rules packaged under classpath:rules/");
            }
            return of("classpath:rules/", files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged rules", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read packaged rules", e);
        }
    }

    private static List<RuleFile> jarEntries(JarURLConnection root) throws IOException {
        root.setUseCaches(false);
        String prefix = root.getEntryName();
        List<RuleFile> files = new ArrayList<>();
        try (JarFile jar = root.getJarFile()) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    try (var in = jar.getInputStream(e)) {
                        files.add(new RuleFile(e.getName().substring(prefix.length()), in.readAllBytes()));
                    }
                }
            }
        }
        return files;
    }

    /** Any other kind of class path: Spring's resource scanning. */
    private static List<RuleFile> scanned(ClassLoader loader, URL root) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver(loader);
        String rootUrl = root.toString();
        List<RuleFile> files = new ArrayList<>();
        for (Resource r : resolver.getResources("classpath*:rules/**/*")) {
            String url = r.getURL().toString();
            if (!r.isReadable() || url.endsWith("/") || !url.startsWith(rootUrl)) {
                continue;
            }
            try (var in = r.getInputStream()) {
                files.add(new RuleFile(url.substring(rootUrl.length()), in.readAllBytes()));
            }
        }
        return files;
    }

    static String versionOf(List<RuleFile> sorted) {
        MessageDigest sha = Sha256.digest();
        for (RuleFile f : sorted) {
            sha.update(f.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            long n = f.bytes().length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha.update((byte) (n >>> shift));
            }
            sha.update(f.bytes());
        }
        return Sha256.tagged(sha);
    }

    public List<RuleFile> drlFiles() {
        return files.stream().filter(f -> f.path().endsWith(".drl")).toList();
    }

    /**
     * Each rule's DRL text, from its {@code rule "…"} line to its {@code end} line, by rule name: what an auditor
     * reads beside the rule's metadata.
     */
    public Map<String, String> ruleTexts() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (RuleFile f : drlFiles()) {
            Matcher m = RULE_BLOCK.matcher(f.text());
            while (m.find()) {
                out.put(m.group(2), m.group(1).strip());
            }
        }
        return out;
    }

    private static final Pattern RULE_BLOCK =
            Pattern.compile("(?ms)^([ \\t]*rule\\s+\"([^\"]+)\".*?^[ \\t]*end[ \\t]*)$");
}
