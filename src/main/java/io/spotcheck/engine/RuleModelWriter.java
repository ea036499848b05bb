package io.spotcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Run by the build ({@code mvn package}, phase process-classes): compiles the rules about to be packaged into
 * Drools' executable model and writes it into the classes folder ({@link PrecompiledModel}), so the jar loads its
 * rules instead of compiling them at every start. A rule that does not compile, or lacks its metadata, fails the
 * build with its file and line.
 *
 * <p>Arguments: the rules folder, the classes folder. Nothing is done when the model is newer than every class
 * and rule file: the model's generated code is compiled against the fact classes, so any newer class recompiles it.
 */
public final class RuleModelWriter {

    private RuleModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleModelWriter RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        try {
            System.out.println(write(Path.of(args[0]), Path.of(args[1])));
        } catch (RuleBaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the model of {@code rulesDir} under {@code classesDir}, removing any other; says what it did. */
    static String write(Path rulesDir, Path classesDir) throws IOException {
        long start = System.nanoTime();
        RuleSource source = RuleSource.fromDirectory(rulesDir);
        Path folder = classesDir.resolve(PrecompiledModel.FOLDER);
        Path model = classesDir.resolve(PrecompiledModel.resource(PrecompiledModel.key(source)));
        if (Files.isRegularFile(model)
                && Files.getLastModifiedTime(model).compareTo(newest(classesDir)) > 0) {
            return "rules: executable model up to date (" + model.getFileName() + ")";
        }
        byte[] kjar = RuleBase.compileToKjar(source);
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path partial = folder.resolve("model.partial");
        Files.write(partial, kjar);
        Files.move(partial, model, StandardCopyOption.ATOMIC_MOVE);
        return "rules: executable model of " + source.drlFiles().size() + " rule files compiled into "
                + classesDir.relativize(model) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms";
    }

    /** The newest modification time of the classes and .drl files under {@code classesDir}. */
    private static FileTime newest(Path classesDir) throws IOException {
        try (Stream<Path> walk = Files.walk(classesDir)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path p : walk.filter(RuleModelWriter::modelDependsOn).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(newest) > 0) {
                    newest = t;
                }
            }
            return newest;
        }
    }

    private static boolean modelDependsOn(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".class") || name.endsWith(".drl")) && Files.isRegularFile(p);
    }
}
