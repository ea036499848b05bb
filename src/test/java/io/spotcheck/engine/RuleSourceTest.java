package io.spotcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.engine.RuleSource.RuleFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSourceTest {

    private static RuleFile file(String path, String text) {
        return new RuleFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void versionIsTheSameWhateverTheOrderFilesAreRead() {
        var a = RuleSource.of("a", List.of(file("x/a.drl", "A"), file("y/b.drl", "B")));
        var b = RuleSource.of("b", List.of(file("y/b.drl", "B"), file("x/a.drl", "A")));

        assertThat(a.version()).isEqualTo(b.version()).startsWith("sha256:").hasSize(7 + 64);
    }

    @Test
    void versionChangesWithOneByteOrARename() {
        var base = RuleSource.of("a", List.of(file("x/a.drl", "A")));

        assertThat(RuleSource.of("a", List.of(file("x/a.drl", "B"))).version()).isNotEqualTo(base.version());
        assertThat(RuleSource.of("a", List.of(file("x/c.drl", "A"))).version()).isNotEqualTo(base.version());
    }

    @Test
    void versionCannotBeFooledByMovingBytesBetweenPathAndContent() {
        var one = RuleSource.of("a", List.of(file("ab", "c")));
        var two = RuleSource.of("a", List.of(file("a", "bc")));

        assertThat(one.version()).isNotEqualTo(two.version());
    }

    @Test
    void aFolderAndThePackagedCopyOfItHaveTheSameVersion() {
        var folder = RuleSource.fromDirectory(Path.of("rules"));
        var packaged = RuleSource.fromClasspath();

        assertThat(packaged.files()).extracting(RuleFile::path).isEqualTo(folder.files().stream().map(RuleFile::path).toList());
        assertThat(packaged.version()).isEqualTo(folder.version());
    }

    @Test
    void rulesPackagedInAJarReadAsTheFolderTheyCameFrom(@TempDir Path dir) throws Exception {
        var folder = RuleSource.fromDirectory(Path.of("rules"));
        Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("rules/"));
            out.putNextEntry(new java.util.jar.JarEntry("other/not-a-rule.drl"));
            out.write("rule".getBytes(StandardCharsets.UTF_8));
            for (RuleFile f : folder.files()) {
                out.putNextEntry(new java.util.jar.JarEntry("rules/" + f.path()));
                out.write(f.bytes());
            }
        }

        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            var packaged = RuleSource.fromClassLoader(loader);

            assertThat(packaged.files()).extracting(RuleFile::path)
                    .isEqualTo(folder.files().stream().map(RuleFile::path).toList());
            assertThat(packaged.version()).isEqualTo(folder.version());
        }
    }

    @Test
    void noPackagedRulesIsNamed(@TempDir Path dir) throws Exception {
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> RuleSource.fromClassLoader(loader))
                    .isInstanceOf(RuleBaseException.class).hasMessageContaining("classpath:rules/");
        }
    }

    @Test
    void everyFileCountsNotOnlyRuleFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "one");
        var before = RuleSource.fromDirectory(dir).version();
        Files.writeString(dir.resolve("README.md"), "two");

        assertThat(RuleSource.fromDirectory(dir).version()).isNotEqualTo(before);
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> RuleSource.fromDirectory(Path.of("no-such-rules")))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("no-such-rules");
    }
}
