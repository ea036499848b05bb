package io.spotcheck.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service as a process of its own, for the tests that kill it: a free port, a start that waits for it. */
public final class JarProcess {

    /** The jar the README starts: this project's classes, the libraries read from {@code target/lib/}. */
    public static final Path JAR = Path.of("target/spotcheck.jar").toAbsolutePath();

    /** The same classes and libraries in one file, to copy to a server. */
    public static final Path BOOT_JAR = Path.of("target/spotcheck-boot.jar").toAbsolutePath();

    private JarProcess() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * {@code java}, the test JVM's flags (the pom's {@code spotcheck.test.jvm}: C1 only and the serial collector,
     * for speed; they change nothing a test sees), then {@code args}.
     */
    public static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        for (String flag : System.getProperty("spotcheck.test.jvm", "").trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the jar in {@code workDir} on loopback with {@code env}; returns once it logs that it has started. */
    public static Process start(Path workDir, int port, Map<String, String> env) throws IOException {
        return start(List.of(), JAR, workDir, port, env);
    }

    /** Starts {@code jar} ({@link #JAR} or {@link #BOOT_JAR}) with JVM options {@code jvm} besides the tests' own. */
    public static Process start(List<String> jvm, Path jar, Path workDir, int port, Map<String, String> env)
            throws IOException {
        List<String> command = java(jvm.toArray(String[]::new));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.add(line);
            if (line.contains("Started Spotcheck")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return p;
            }
        }
        throw new AssertionError("the service did not start:\n" + String.join("\n", seen));
    }

    /**
     * Starts {@code jar} with the JVM options {@code jvm}, asks for {@code /actuator/health} once it has started, stops
     * it and returns the answer's status and body ("200 {…}").
     */
    public static String health(List<String> jvm, Path jar, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Process service = start(jvm, jar, workDir, port, Map.of());
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } finally {
            service.destroy();
            service.waitFor();
        }
    }
}
