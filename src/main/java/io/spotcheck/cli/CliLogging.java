package io.spotcheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code when {@value #PROPERTY} is set (by {@code Spotcheck.main} for every
 * command but {@code serve}): stdout carries the results, so logs go to stderr, warnings and worse. The same as
 * {@code logback-cli.xml} (which the commands that start Spring hand to Spring), without parsing XML at every start,
 * and its pattern written out as {@link Line} (logback's pattern layout defines a class for each of its some seventy
 * conversion words when first used: a tenth of a second of a command's start).
 * Registered as a logback {@link Configurator}; without the property it leaves logging to logback's defaults.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    public static final String PROPERTY = "spotcheck.cli-logging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(PROPERTY) == null) {
            return ExecutionStatus.NEUTRAL;
        }
        Line line = new Line();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
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

    /** {@code %level %logger{0}: %msg%n}, and the stack trace of an exception logged with it, as the pattern gives. */
    public static final class Line extends LayoutBase<ILoggingEvent> {

        @Override
        public String doLayout(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder out = new StringBuilder(128).append(event.getLevel()).append(' ')
                    .append(logger, logger.lastIndexOf('.') + 1, logger.length()).append(": ")
                    .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            if (event.getThrowableProxy() != null) {
                out.append(ThrowableProxyUtil.asString(event.getThrowableProxy())); // ends with its own line end
            }
            return out.toString();
        }
    }
}
