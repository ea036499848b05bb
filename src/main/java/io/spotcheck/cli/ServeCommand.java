package io.spotcheck.cli;

import io.spotcheck.boot.SpotcheckApplication;
import io.spotcheck.ruleset.RulesLoader;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

/** Starts the HTTP service; Spring Boot reads its own options ({@code --server.port=…}, {@code --spotcheck.rules-dir=…}). */
@Command(name = "serve", description = "Start the HTTP service (the default command).")
public final class ServeCommand implements Runnable {

    public static void start(String[] springArgs) {
        RulesLoader.preloadPackaged(); // overlaps the rule base's load with Spring's start (unused with a rules folder)
        SpringApplication.run(SpotcheckApplication.class, springArgs);
    }

    @Override
    public void run() {
        start(new String[0]);
    }
}
