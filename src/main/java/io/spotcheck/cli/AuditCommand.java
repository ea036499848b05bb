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

    /** A Spring context without the web server, on the service's database; logs stay on stderr. */
    static ConfigurableApplicationContext context(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--logging.config=classpath:logback-cli.xml";
        all[1] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(SpotcheckApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(all);
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
