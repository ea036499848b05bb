package io.spotcheck.cli;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.shared.Json;
import io.spotcheck.decision.Timeline;
import io.spotcheck.engine.RuleBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.spotcheck.shared.Today;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code decide --input case.json}: prints the decision JSON; bad input → one line per problem, exit 2. */
@Command(name = "decide", description = "Decide one case (CONTRACT §1) and print the decision JSON.")
public final class DecideCommand implements Callable<Integer> {

    static final long MAX_BYTES = 1024 * 1024;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "the case JSON; - for stdin")
    String input;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--timeline", description = "print the case timeline as text (for the case file) instead of JSON")
    boolean timeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] body = input.equals("-") ? System.in.readNBytes((int) MAX_BYTES + 1) : readFile(err);
        if (body == null) {
            return 2;
        }
        if (body.length > MAX_BYTES) {
            err.println(input + ": larger than 1 MiB; a case is far smaller");
            return 2;
        }
        try {
            var request = new CaseReader(Today.fromEnvironment().dateClock()).read(body);
            RuleBase rules = rulesOption.load();
            var decision = new CaseDecider(() -> rules).decide(request);
            spec.commandLine().getOut().print(timeline ? Timeline.text(decision) : Json.write(decision) + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(input + ": " + p.field() + ": " + p.message()));
            return 2;
        }
    }

    private byte[] readFile(PrintWriter err) throws IOException {
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            err.println(input + ": no such file");
            return null;
        }
        if (Files.size(path) > MAX_BYTES) {
            err.println(input + ": larger than 1 MiB; a case is far smaller");
            return null;
        }
        return Files.readAllBytes(path);
    }
}
