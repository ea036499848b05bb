package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line's logging: what logback-cli.xml says, set up in code, and nothing without the property. */
class CliLoggingTest {

    @AfterEach
    void clear() {
        System.clearProperty(CliLogging.PROPERTY);
    }

    @Test
    void withThePropertyWarningsGoToStderrAsLogbackCliXmlSays() {
        System.setProperty(CliLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();

        var status = new CliLogging().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern()).isEqualTo("%level %logger{0}: %msg%n");
        assertThat(context.getLogger("org.springframework.boot.SpringApplication").getLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.springframework.boot.diagnostics").getLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.springframework.context").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void withoutThePropertyLogbackKeepsItsDefaults() {
        LoggerContext context = new LoggerContext();

        var status = new CliLogging().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.NEUTRAL);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
