package gov.fpf.liquidateddamages.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.audit.AuditLog;
import gov.fpf.liquidateddamages.imports.LdImportService.Progress;

/**
 * Works the lines of an import run ({@link LdImportLine}) and records its progress and its end. Knows this node's
 * live runs: each has an owner (this node's name and a random part) whose heartbeat it refreshes, and it tells the
 * runs under way when the application shuts down.
 */
@Component
class LdImportRunner {

    private static final Logger log = LoggerFactory.getLogger(LdImportRunner.class);

    private final LdImportRepository imports;
    private final LdImportRowRepository rows;
    private final LdImportLine lines;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final AtomicInteger runsUnderWay = new AtomicInteger();
    /** the owners of this node's imports that are queued or running: their heartbeat is refreshed */
    private final Set<String> liveOwners = ConcurrentHashMap.newKeySet();
    private final String node = nodeName();
    private volatile boolean stopping;

    LdImportRunner(LdImportRepository imports, LdImportRowRepository rows, LdImportLine lines, AuditLog auditLog,
                   Clock clock, PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.rows = rows;
        this.lines = lines;
        this.auditLog = auditLog;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** A new owner for a run of this node, live (its heartbeat refreshed) until {@link #release}. */
    String claimOwner() {
        String owner = node + "/" + UUID.randomUUID().toString().substring(0, 8);
        liveOwners.add(owner);
        return owner;
    }

    void release(String owner) {
        liveOwners.remove(owner);
    }

    /** Whether the owner is one of this node's live runs (never marked interrupted by this node). */
    boolean isLive(String owner) {
        return liveOwners.contains(owner);
    }

    /** The import locked for an update by its run, or OwnershipLost when the run no longer owns it. */
    private LdImport owned(LdImportRun run) {
        LdImport found = imports.lockById(run.importId).orElseThrow(() -> new LdImportRun.OwnershipLost(run.importId));
        if (!run.owner.equals(found.getOwnerNode()) || !found.getStatus().underWay()) {
            throw new LdImportRun.OwnershipLost(run.importId);
        }
        return found;
    }


    /** Works every line of the file; never throws: a run that cannot go on is recorded as FAILED. */
    void run(LdImportRun run, BreachFile file, String office, int progressEvery, Progress progress) {
        runsUnderWay.incrementAndGet();
        long importId = run.importId;
        try {
            tx.executeWithoutResult(s -> {
                LdImport started = owned(run);
                started.running();
                started.heartbeat(clock.instant());
                auditLog.entityEvent(LdImportService.AUDIT_ENTITY, Long.toString(importId), run.recorded.isEmpty()
                        ? LdImportEvent.LD_IMPORT_STARTED.name() : LdImportEvent.LD_IMPORT_RESUMED.name(), started.getFormat()
                        + " file " + started.getFileName() + " (SHA-256 " + started.getFileSha256() + ") with "
                        + started.getTotalRows() + " breaches, into office " + office
                        + (run.recorded.isEmpty() ? "" : ", " + run.recorded.size() + " lines already recorded"), null);
            });
            for (BreachFile.Line line : file.lines()) {
                if (run.recorded.contains(line.lineNo())) {
                    continue;
                }
                if (stopping) {
                    throw new LdImportRun.ShutDown("Interrupted: the application shut down before line " + line.lineNo()
                            + ". The file is not kept on the server. Send the same file to POST"
                            + " /api/v1/liquidated-damages-imports/" + importId + "/resume to work the remaining"
                            + " lines, or again as a new import (the lines already done are skipped as duplicates).");
                }
                lines.work(run, line, office);
                run.processed++;
                run.sinceCommit++;
                if (run.sinceCommit >= Math.max(1, progressEvery) && run.processed < run.total) {
                    commitProgress(run, progress);
                }
            }
            finish(run, null, false, progress);
        } catch (LdImportRun.OwnershipLost lost) {
            log.warn("Import {} stopped after line {}: {}", importId, run.processed, lost.getMessage());
        } catch (RuntimeException | Error e) {
            if (!(e instanceof LdImportRun.RunStopped)) {
                log.error("Import {} stopped at line {} of {}", importId, run.processed + 1, run.total, e);
            }
            String why = e instanceof LdImportRun.RunStopped ? e.getMessage() : "Stopped by an unexpected error after "
                    + run.processed + " of " + run.total + " lines (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). The lines done so far are kept; send the file again to do the rest.";
            try {
                finish(run, why, e instanceof LdImportRun.ShutDown, progress);
            } catch (LdImportRun.OwnershipLost lost) {
                log.warn("Import {} failed ({}) but {}", importId, why, lost.getMessage());
            } catch (RuntimeException again) {
                log.error("Import {} could not record that it failed: {}", importId, why, again);
            }
        } finally {
            release(run.owner);
            runsUnderWay.decrementAndGet();
        }
    }

    private void commitProgress(LdImportRun run, Progress progress) {
        tx.executeWithoutResult(s -> {
            LdImport going = owned(run);
            rows.saveAll(run.pending);
            going.progress(run.processed, run.created, run.skipped, run.refused);
            going.heartbeat(clock.instant());
        });
        run.pending.clear();
        run.sinceCommit = 0;
        progress.update(run.counts());
    }

    /** The last progress with the run's end: DONE, or FAILED with why. */
    private void finish(LdImportRun run, String failure, boolean interrupted, Progress progress) {
        tx.executeWithoutResult(s -> {
            LdImport finished = owned(run);
            rows.saveAll(run.pending);
            finished.progress(run.processed, run.created, run.skipped, run.refused);
            String counts = run.processed + " of " + run.total + " lines: " + run.created + " claims opened, "
                    + run.skipped + " skipped, " + run.refused + " refused";
            if (failure == null) {
                finished.done(clock.instant());
                auditLog.entityEvent(LdImportService.AUDIT_ENTITY, Long.toString(run.importId),
                        LdImportEvent.LD_IMPORT_FINISHED.name(), counts, null);
            } else if (interrupted) {
                finished.interrupted(failure, clock.instant());
                auditLog.entityEvent(LdImportService.AUDIT_ENTITY, Long.toString(run.importId),
                        LdImportEvent.LD_IMPORT_INTERRUPTED.name(), counts, failure);
            } else {
                finished.failed(failure, clock.instant());
                auditLog.entityEvent(LdImportService.AUDIT_ENTITY, Long.toString(run.importId),
                        LdImportEvent.LD_IMPORT_FAILED.name(), counts, failure);
            }
        });
        run.pending.clear();
        progress.update(run.counts());
    }

    /** Runs under way notice the shutdown between two lines and record where they stopped. */

    void stop() {
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runsUnderWay.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The heartbeat of this node's queued and running imports: they have a live worker. */
    void heartbeat() {
        Set<String> owners = Set.copyOf(liveOwners);
        if (!owners.isEmpty()) {
            tx.executeWithoutResult(s -> imports.heartbeat(owners, clock.instant()));
        }
    }

    /** This node's name in the owner of its runs: the host and the process id. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
