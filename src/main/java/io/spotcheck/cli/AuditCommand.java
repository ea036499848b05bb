package io.spotcheck.cli;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.ChainHead;
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
@Command(name = "audit", description = "Audit the stored records: verify the chain, accept a restored head.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.AcceptHead.class})
public final class AuditCommand {

    /**
     * A Spring context without the web server, on the service's database (the embedded H2 is opened with
     * {@code AUTO_SERVER=TRUE}, so this works while the service holds it); logs stay on stderr. A store that cannot
     * be opened is one line, not Spring's start-up stack trace.
     */
    static ConfigurableApplicationContext context(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--logging.config=classpath:logback-cli.xml";
        all[1] = "--spring.main.banner-mode=off";
        all[2] = "--spotcheck.register.warm-up=false"; // a command computes what it needs, nothing in the background
        System.arraycopy(args, 0, all, 3, args.length);
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

    @Command(name = "verify", description = "Verify the hash chain of every stored record, held against the last "
            + "checkpoint of the head file and any receipt given; exit 3 if it is broken or cut short.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--receipt", description = "POSITION:sha256:HEX, from a "
                + "Spotcheck-Receipt header (repeatable).")
        java.util.List<String> receipts = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            java.util.List<AuditLog.Receipt> given = new java.util.ArrayList<>();
            for (String text : receipts) {
                AuditLog.Receipt r = AuditLog.Receipt.parse(text);
                if (r == null) {
                    spec.commandLine().getErr().println("--receipt " + text + ": not POSITION:sha256:HEX");
                    return 2;
                }
                given.add(r);
            }
            try (var context = context()) {
                AuditLog.Verification v = context.getBean(AuditLog.class).verify(
                        context.getBean(ChainHead.class).last().orElse(null), given);
                spec.commandLine().getOut().println(Json.write(v));
                spec.commandLine().getOut().flush();
                return v.broken() == null ? 0 : 3;
            }
        }
    }

    @Command(name = "accept-head", description = "After a legitimate restore from a backup: append the database's "
            + "current head to the head file, with who accepted it and why (an admin's act).")
    static final class AcceptHead implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--reason", required = true, description = "Why the head is accepted.")
        String reason;

        @picocli.CommandLine.Option(names = "--as", defaultValue = "${sys:user.name}", description = "Who accepts it.")
        String as;

        @Override
        public Integer call() throws java.io.IOException {
            try (var context = context()) {
                var head = context.getBean(AuditLog.class).head();
                var checkpoint = new ChainHead.Checkpoint(head.map(AuditRecord::seq).orElse(0L),
                        head.map(AuditRecord::hash).orElse(io.spotcheck.audit.Chain.GENESIS),
                        context.getBean(io.spotcheck.shared.Today.class).now(), "cli:" + as, reason);
                context.getBean(ChainHead.class).append(checkpoint);
                spec.commandLine().getOut().println(Json.write(checkpoint));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
