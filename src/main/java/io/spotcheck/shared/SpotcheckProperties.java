package io.spotcheck.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code spotcheck.*}; environment variables in relaxed form, e.g. {@code SPOTCHECK_TODAY},
 * {@code SPOTCHECK_USERS}), bound once at start-up.
 *
 * @param rulesDir   a folder of rules to serve instead of those packaged into the jar (empty: the packaged ones)
 * @param today      a fixed "today" (YYYY-MM-DD) for tests and training copies; empty: the date in Shanghai
 * @param users      {@code name:password:ROLE[+ROLE][@district];…}; empty: one generated admin
 * @param samplesDir the plan samples the planner's page offers
 * @param version    the jar's version, for the OpenAPI document
 * @param security   how passwords given in plain text are hashed
 */
@ConfigurationProperties("spotcheck")
public record SpotcheckProperties(@DefaultValue("") String rulesDir, @DefaultValue("") String today,
                                  @DefaultValue("") String users, @DefaultValue("samples/plan") String samplesDir,
                                  @DefaultValue("") String version, @DefaultValue Plan plan,
                                  @DefaultValue Audit audit, @DefaultValue Register register,
                                  @DefaultValue Security security) {

    /** @param maxRows the most candidate pairs a plan reads */
    public record Plan(@DefaultValue("20000000") long maxRows) {
    }

    /** @param warmUp whether today's worklist is computed in the background once the service is up */
    public record Register(@DefaultValue("true") boolean warmUp) {
    }

    /**
     * @param passwordCost bcrypt's cost (log2 of its rounds, 4 to 31) for the passwords {@code users} gives in plain
     *                     text, and for the stand-in check an unknown name pays; 10 is Spring Security's default, about
     *                     60 ms of CPU a check here. Hashes given as {@code {bcrypt}$2a$NN$…} keep their own cost.
     */
    public record Security(@DefaultValue("10") int passwordCost) {
        public Security {
            if (passwordCost < 4 || passwordCost > 31) {
                throw new IllegalArgumentException(
                        "spotcheck.security.password-cost must be 4 to 31 (bcrypt's cost), not " + passwordCost);
            }
        }
    }

    /** @param headFile where the chain's head is checkpointed outside the database (empty: nowhere) */
    public record Audit(@DefaultValue("./data/chain-head.log") String headFile) {
    }
}
