package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
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
        assertThat(lines(appender, new LoggingEvent("x", context.getLogger("org.drools.core.Foo"), Level.WARN,
                "a {} b", null, new Object[] {"warning"})))
                .isEqualTo(lines(pattern(context), new LoggingEvent("x", context.getLogger("org.drools.core.Foo"),
                        Level.WARN, "a {} b", null, new Object[] {"warning"})))
                .isEqualTo("WARN Foo: a warning b" + System.lineSeparator());
        assertThat(context.getLogger("org.springframework.boot.SpringApplication").getLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.springframework.boot.diagnostics").getLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.springframework.context").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void anExceptionIsPrintedWithItsStackAsThePatternPrintsIt() {
        System.setProperty(CliLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();
        new CliLogging().configure(context);
        var appender = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        Logger logger = context.getLogger("io.spotcheck.cli.AuditCommand");
        var failure = new IllegalStateException("broken", new java.io.IOException("disk"));

        String printed = lines(appender, new LoggingEvent("x", logger, Level.ERROR, "failed", failure, null));

        assertThat(printed).isEqualTo(lines(pattern(context),
                new LoggingEvent("x", logger, Level.ERROR, "failed", failure, null)));
        assertThat(printed).startsWith("ERROR AuditCommand: failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: broken" + System.lineSeparator() + "\tat ")
                .contains("Caused by: java.io.IOException: disk");
    }

    /** logback-cli.xml's encoder, for the output of CliLogging's to be held to. */
    private static ConsoleAppender<ILoggingEvent> pattern(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setEncoder(encoder);
        return appender;
    }

    private static String lines(ConsoleAppender<?> appender, ILoggingEvent event) {
        @SuppressWarnings("unchecked")
        var encoder = (ch.qos.logback.core.encoder.Encoder<ILoggingEvent>) appender.getEncoder();
        return new String(encoder.encode(event), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void withoutThePropertyLogbackKeepsItsDefaults() {
        LoggerContext context = new LoggerContext();

        var status = new CliLogging().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.NEUTRAL);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
