package io.spotcheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code when {@value #PROPERTY} is set (by {@code Spotcheck.main} for every
 * command but {@code serve}): stdout carries the results, so logs go to stderr, warnings and worse. The same as
 * {@code logback-cli.xml} (which the commands that start Spring hand to Spring), without parsing XML at every start.
 * Registered as a logback {@link Configurator}; without the property it leaves logging to logback's defaults.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    public static final String PROPERTY = "spotcheck.cli-logging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(PROPERTY) == null) {
            return ExecutionStatus.NEUTRAL;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // a store that cannot be opened is reported by the command in one line, not as Spring's start-up failure
        context.getLogger("org.springframework.boot.SpringApplication").setLevel(Level.OFF);
        context.getLogger("org.springframework.boot.diagnostics").setLevel(Level.OFF);
        context.getLogger("org.springframework.context").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
