package io.spotcheck.security;

import io.spotcheck.shared.Json;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Access control (CONTRACT §6). The API ({@code /api/**}, the actuator, the OpenAPI document) is stateless with HTTP
 * Basic and no CSRF token; {@code /actuator/health} is the only anonymous route. 401 and 403 are problem+json.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    /** The authority that binds an officer to a district: {@code DISTRICT_浦东新区}. */
    static final String DISTRICT_AUTHORITY = "DISTRICT_";


    /**
     * Plain passwords are hashed with bcrypt at the configured cost ({@code spotcheck.security.password-cost}); a
     * stored {@code {bcrypt}} hash is checked at the cost it names, any other {@code {id}} as Spring Security's
     * default encoder checks it.
     */
    @Bean
    PasswordEncoder passwordEncoder(io.spotcheck.shared.SpotcheckProperties settings) {
        var encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(settings.security().passwordCost())));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    UserDetailsService users(io.spotcheck.shared.SpotcheckProperties settings, PasswordEncoder encoder) {
        String config = settings.users();
        var users = Users.orGeneratedAdmin(Users.parse(config), password -> log.warn(
                "No users configured (SPOTCHECK_USERS): created user 'admin' with the one-time password {} "
                        + "— it is not stored anywhere and changes at every start", password));
        var manager = new InMemoryUserDetailsManager();
        for (var u : users) {
            String stored = u.password().startsWith("{") ? u.password() : encoder.encode(u.password());
            java.util.List<String> authorities = new java.util.ArrayList<>();
            u.roles().forEach(r -> authorities.add("ROLE_" + r.name()));
            if (u.district() != null) {
                authorities.add(DISTRICT_AUTHORITY + u.district());
            }
            manager.createUser(User.withUsername(u.name()).password(stored)
                    .authorities(authorities.toArray(String[]::new)).build());
        }
        log.info("users: {}", Users.names(users));
        return manager;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                ObjectProvider<Ticker> tickers, ObjectProvider<MeterRegistry> meters) {
        Ticker ticker = tickers.getIfAvailable(Ticker::systemTicker); // the sign-in throttle's and cache's time
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        var throttle = new SignInThrottle(ticker);
        return new ProviderManager(new ThrottlingAuthenticationProvider(throttle,
                new CachingAuthenticationProvider(dao, ticker), meters.getIfAvailable(SimpleMeterRegistry::new)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                // no session fixation either: a Basic sign-in must not change the id of the pages' session that
                // came along with the request (CONTRACT §6), which signed the person out of the pages
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(f -> f.none()))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthenticated))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint(SecurityConfig::unauthenticated)
                        .accessDeniedHandler((req, res, e) ->
                                problem(res, 403, "Forbidden", "your roles do not allow " + req.getMethod() + " "
                                        + req.getRequestURI())))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(new UnknownApiRoute(http.getSharedObject(ApplicationContext.class)))
                        .authenticated() // no such route: 404 for every signed-in user, not 403 for all but admins
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/decide").hasAnyRole("OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases", "/api/v1/cases/*/events", "/api/v1/results")
                        .hasAnyRole("OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/worklist",
                                "/api/v1/worklist.csv")
                        .hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/results/history.csv")
                        .hasAnyRole("PLANNER", "OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/evaluation", "/api/v1/evaluation.xlsx",
                                "/api/v1/evaluation/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/*")
                        .hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans/*/approval",
                                "/api/v1/plans/*/name").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/**").hasAnyRole("PLANNER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/records/*").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules").authenticated()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    /**
     * A request the firewall refuses (an encoded slash or percent, a semicolon, a backslash in the path…): 400, as
     * problem+json under {@code /api/**}, else the error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (req, res, e) -> {
            String uri = req.getRequestURI();
            if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
                problem(res, 400, "Bad Request", "the request path is refused: it holds characters or sequences "
                        + "that are not allowed (encoded slashes, percent signs, semicolons, backslashes, ..)");
            } else {
                res.sendError(400);
            }
        };
    }

    /**
     * The pages: form sign-in with a session and CSRF tokens on every form; each user sees their part. Not signed
     * in → the sign-in page; signed in without the role → the "not allowed" page (403).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        return http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", SignInLock.PAGE, "/denied", "/error", "/assets/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/register/**").hasAnyRole("OFFICER", "ADMIN")
                        .requestMatchers("/register", "/register/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/evaluation", "/evaluation/**", "/evaluation.xlsx")
                        .hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers("/cases/**").hasAnyRole("OFFICER", "ADMIN")
                        .requestMatchers("/decisions/*/replay").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/decisions", "/decisions/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers("/plans/new").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/plans", "/plans/*/approval", "/plans/*/name")
                        .hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers("/plans", "/plans/**").hasAnyRole("PLANNER", "AUDITOR", "ADMIN")
                        .requestMatchers("/audit", "/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/", "/rules", "/rules/**").authenticated()
                        .anyRequest().hasRole("ADMIN"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfig::formSignInFailed).permitAll())
                .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(x -> x.accessDeniedPage("/denied"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** 401 for a missing or wrong sign-in; 429 with {@code Retry-After} for a locked name or address. */
    private static void unauthenticated(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException locked) {
            res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
            problem(res, 429, "Too many sign-in attempts", "too many failed sign-ins for this user name or from "
                    + "this address; try again in " + locked.retryAfterSeconds() + " seconds");
            return;
        }
        problem(res, 401, "Authentication required", "sign in with HTTP Basic");
    }

    /** A refused form sign-in: the sign-in page again, saying when to try again (429) when locked. */
    private static void formSignInFailed(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof SignInThrottledException locked) {
            res.setStatus(429);
            res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
            req.setAttribute(SignInLock.RETRY_AFTER_ATTRIBUTE, locked.retryAfterSeconds());
            req.getRequestDispatcher(SignInLock.PAGE).forward(req, res);
            return;
        }
        res.sendRedirect(req.getContextPath() + "/login?error");
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        res.setStatus(status);
        res.setContentType("application/problem+json");
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"spotcheck\"");
        }
        res.getOutputStream().write(Json.compact(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
