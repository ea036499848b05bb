package io.spotcheck.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample case files of samples/cases (their expected decisions left out). */
public final class Samples {

    private Samples() {
    }

    public static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples/cases"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }
}
