package io.spotcheck.cli;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.shared.Json;
import io.spotcheck.boot.SpotcheckApplication;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit verify}: walks the stored chain (the database of the service's configuration) and names the first bad record. */
@Command(name = "audit", description = "Audit the stored decisions and plans.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

    /**
     * A Spring context without the web server, on the service's database (the embedded H2 is opened with
     * {@code AUTO_SERVER=TRUE}, so this works while the service holds it); logs stay on stderr. A store that cannot
     * be opened is one line, not Spring's start-up stack trace.
     */
    static ConfigurableApplicationContext context(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--logging.config=classpath:logback-cli.xml";
        all[1] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 2, args.length);
        System.clearProperty("logback.configurationFile"); // Spring takes logging.config, and warns of this one
        try {
            return new SpringApplicationBuilder(SpotcheckApplication.class).web(WebApplicationType.NONE)
                    .logStartupInfo(false).run(all);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the store: " + why(e), e);
        }
    }

    /** What the database said (its SQL message, first line), else the deepest message in the chain. */
    static String why(Throwable e) {
        String why = null;
        String sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                why = t.getMessage();
                if (t instanceof java.sql.SQLException) {
                    sql = why;
                }
            }
        }
        String text = sql != null ? sql : why != null ? why : e.getClass().getSimpleName();
        return text.lines().findFirst().orElse(text);
    }

    @Command(name = "verify", description = "Verify the hash chain of every stored record; exit 3 if it is broken.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = context()) {
                AuditLog.Verification v = context.getBean(AuditLog.class).verify();
                spec.commandLine().getOut().println(Json.write(v));
                spec.commandLine().getOut().flush();
                return v.broken() == null ? 0 : 3;
            }
        }
    }
}
