package io.spotcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The main class of {@code target/spotcheck.jar}, which holds Spotcheck's own classes and names its libraries in
 * {@code lib/} beside it: a copy of the jar without them is told so in one line, instead of the JVM's
 * {@code NoClassDefFoundError}. Then {@link Spotcheck#main}. (The single-file {@code spotcheck-boot.jar} starts
 * {@link Spotcheck} itself.) Uses nothing but the JDK, so it runs when the libraries are missing.
 */
public final class JarMain {

    private JarMain() {
    }

    public static void main(String[] args) {
        try {
            Class.forName("picocli.CommandLine", false, JarMain.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            System.err.println("spotcheck: this jar reads its libraries from lib/ beside it, and " + missingLibrary()
                    + " is not there: start target/spotcheck.jar where the build put it, or copy "
                    + "target/spotcheck-boot.jar, which holds them all");
            System.exit(2);
        }
        Spotcheck.main(args);
    }

    /** The first library the jar's manifest names that is not beside it. */
    private static String missingLibrary() {
        try {
            Path jar = Path.of(JarMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
                for (String entry : classPath.trim().split("\\s+")) {
                    Path library = jar.resolveSibling(entry);
                    if (!Files.isRegularFile(library)) {
                        return library.toString();
                    }
                }
            }
        } catch (Exception e) { // no jar, no manifest: name the folder
            return "lib/";
        }
        return "lib/";
    }
}
