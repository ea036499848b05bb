package io.spotcheck.pages;

import io.spotcheck.audit.StoreUnavailableException;
import io.spotcheck.register.RegisterRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures on the pages as pages (not found, store down, unexpected), in the frame of every page. Ordered before
 * the API's problem+json advice, which stays global for failures that happen before any controller is chosen.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageModel frame;

    PageErrors(PageModel frame) {
        this.frame = frame;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e, Principal user, HttpServletRequest request) {
        return page(e.getStatusCode(), "error.text", user, request);
    }

    /** A case the user may not see is not found (its existence is not confirmed); a right they lack, not allowed. */
    @ExceptionHandler(RegisterRefusal.class)
    ModelAndView refused(RegisterRefusal e, Principal user, HttpServletRequest request) {
        HttpStatus status = e.status() == RegisterRefusal.Status.NOT_FOUND ? HttpStatus.NOT_FOUND
                : e.status() == RegisterRefusal.Status.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return page(status, status == HttpStatus.FORBIDDEN ? "denied.text" : "error.text", user, request);
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ModelAndView storeDown(StoreUnavailableException e, Principal user, HttpServletRequest request) {
        log.debug("audit store unavailable", e); // logged once a minute by the store's health, not per request
        return page(HttpStatus.SERVICE_UNAVAILABLE, "error.storeDown", user, request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, Principal user, HttpServletRequest request) {
        log.error("unexpected failure on {}", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.text", user, request);
    }

    private ModelAndView page(HttpStatusCode status, String messageKey, Principal user, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", status.value() == 404 ? "error.notFound.text" : messageKey);
        page.addObject("userName", frame.userName(user));
        page.addObject("roles", frame.roles(user));
        page.addObject("rulesetVersion", frame.rulesetVersion());
        page.addObject("langZh", "?lang=zh");
        page.addObject("langEn", "?lang=en");
        return page;
    }
}
