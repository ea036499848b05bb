package io.spotcheck.pages;

import io.spotcheck.security.SignInLock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page (and its locked form, CONTRACT §6), the start page with each user's tasks, and the "not allowed" page. */
@Controller
class HomePages {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** A locked sign-in (forwarded here by the security filter): the page again, saying when to try again. */
    @RequestMapping(SignInLock.PAGE)
    String locked(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object seconds = request.getAttribute(SignInLock.RETRY_AFTER_ATTRIBUTE);
        if (seconds == null) {
            return "redirect:/login";
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("retryAfter", seconds);
        return "login";
    }

    /** An officer's day starts at the worklist; everyone else at the start page of their tasks. */
    @GetMapping("/")
    String home(org.springframework.security.core.Authentication auth) {
        boolean officer = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER"));
        boolean other = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_PLANNER"));
        return officer && !other ? "redirect:/register" : "home";
    }

    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "denied";
    }
}
