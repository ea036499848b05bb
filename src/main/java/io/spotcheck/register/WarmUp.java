package io.spotcheck.register;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps today's worklist ready: once the service is up, and again whenever the date has changed (checked every ten
 * minutes), every case is computed as of today in the background, so the first officer of the day does not wait for
 * every case to be decided. Nothing is stored: it only fills the views' cache ({@code spotcheck.register.warm-up},
 * default true).
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final Worklist worklist;
    private final CaseViews views;
    private final boolean enabled;
    private volatile LocalDate warmed;
    private ScheduledExecutorService timer;

    WarmUp(Worklist worklist, CaseViews views, io.spotcheck.shared.SpotcheckProperties settings) {
        this.worklist = worklist;
        this.views = views;
        this.enabled = settings.register().warmUp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "register-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        timer.scheduleWithFixedDelay(this::warm, 0, 10, TimeUnit.MINUTES);
    }

    void warm() {
        LocalDate today = views.today();
        if (today.equals(warmed)) {
            return;
        }
        try {
            long start = System.nanoTime();
            int items = worklist.of(Caller.commandLine("warm-up"), today, null).items().size();
            warmed = today;
            log.info("worklist of {} ready: {} open steps in {} ms", today, items, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("worklist warm-up failed: {}", e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
