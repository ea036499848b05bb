package io.spotcheck.pages;

import io.spotcheck.engine.RuleBase;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame needs: who is signed in with which roles, the language links, the ruleset version. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final RuleBase rules;

    PageModel(RuleBase rules) {
        this.rules = rules;
    }

    /** The signed-in user's roles without the ROLE_ prefix (empty on the sign-in page). */
    @ModelAttribute("roles")
    Set<String> roles(Principal principal) {
        if (!(principal instanceof Authentication auth)) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    }

    @ModelAttribute("userName")
    String userName(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("rulesetVersion")
    String rulesetVersion() {
        return rules.version();
    }

    /** Times as the pages show them: Shanghai time, to the second. */
    @ModelAttribute("times")
    Times times() {
        return TIMES;
    }

    private static final Times TIMES = new Times(io.spotcheck.shared.Today.SHANGHAI);

    /** Legal bases as the pages show them. */
    @ModelAttribute("citations")
    Citations citations() {
        return CITATIONS;
    }

    private static final Citations CITATIONS = new Citations();

    /**
     * A rule's legal basis for a reader: on a Chinese page without the English glosses some bases carry in brackets
     * ({@code 计划选择 (a planning choice)}), which say again what the Chinese says; on an English page as written.
     */
    record Citations() {
        private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile(
                "\\s*\\((?=[^()]*[a-z]{2})[\\x20-\\x7e&&[^()]]+\\)");

        public String read(String basis, java.util.Locale locale) {
            return basis == null || "en".equals(locale.getLanguage()) ? basis : GLOSS.matcher(basis).replaceAll("");
        }
    }

    /** Formats stored instants for the pages. */
    record Times(java.time.ZoneId zone) {
        private static final java.time.format.DateTimeFormatter STORED =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        public String stored(java.time.Instant instant) {
            return STORED.format(instant.atZone(zone));
        }
    }

    /** This page in Chinese and in English: the same address with {@code lang} set. */
    @ModelAttribute("langZh")
    String langZh(HttpServletRequest request) {
        return withLang(request, "zh");
    }

    @ModelAttribute("langEn")
    String langEn(HttpServletRequest request) {
        return withLang(request, "en");
    }

    private static String withLang(HttpServletRequest request, String lang) {
        if (!"GET".equals(request.getMethod())) {
            return "?lang=" + lang;
        }
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", lang).build()
                .toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
