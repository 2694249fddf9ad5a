package gov.fpf.liquidateddamages.imports;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the heartbeat of this node's imports and finds the imports of dead nodes.
 *
 * <p>The rule, for one node or several on one database: an import that is QUEUED or RUNNING has a live worker as long
 * as its heartbeat is younger than {@code fpf.import.lease} (default 2 minutes). This node refreshes the heartbeat of
 * its own queued and running imports every quarter lease; at start-up and every half lease it marks INTERRUPTED the
 * imports whose heartbeat is older than the lease and that are not its own live runs. A node that starts next to a
 * live one therefore never takes its imports; an import of a node killed a moment ago is marked within a lease and a
 * half. The nodes' clocks must agree to well within the lease (NTP). A node cut off from the database for longer
 * than the lease may see its import marked; its run then notices at its next commit that it no longer owns the
 * import and stops without writing (the lines it did are kept, and resume works the rest).
 */
@Component
class LdImportWatch {

    private static final Logger log = LoggerFactory.getLogger(LdImportWatch.class);

    private final LdImportService imports;
    private final LdImportSettings settings;
    private ScheduledExecutorService timer;

    LdImportWatch(LdImportService imports, LdImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ld-import-watch");
            t.setDaemon(true);
            return t;
        });
        long lease = Math.max(4, settings.lease().toMillis());
        timer.scheduleWithFixedDelay(this::beat, lease / 4, lease / 4, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::sweep, 0, lease / 2, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            imports.heartbeat();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the heartbeat of this node's imports: {}", e.toString());
        }
    }

    private void sweep() {
        try {
            List<Long> marked = imports.interruptAbandoned();
            if (!marked.isEmpty()) {
                log.warn("Breach imports {} had no live worker and are marked INTERRUPTED; resume them with their file",
                        marked);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for interrupted imports: {}", e.toString());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
