package gov.fpf.liquidateddamages.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.audit.AuditLog;
import gov.fpf.liquidateddamages.LdCaseService;
import gov.fpf.liquidateddamages.LdCaseService.NewLdCase;
import gov.fpf.liquidateddamages.imports.LdImportRow.Outcome;
import gov.fpf.liquidateddamages.imports.LdImportRow.Reason;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeRepository;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Bulk import of liquidated-damages breaches (issue 4, OIG-20-79: damages never assessed for late or missing filings).
 * A CSV or JSON file is read whole first ({@link BreachFile}): what makes the file unusable is refused before anything
 * is stored. Then every line becomes a claim through {@link LdCaseService#open(NewLdCase, String, boolean, Long)}
 * ({@link LdImportLine}, the run itself is {@link LdImportRunner}),
 * each in its own transaction, or a recorded reason why not: SKIPPED (duplicate, outside the statute) or REFUSED
 * (unknown bond, invalid, a rule, an error of ours), with its line number. A bad line never blocks or loses the
 * others, and the same file twice creates nothing new (the claim's breach key is unique, so the second run skips
 * every line as a duplicate).
 *
 * <p>Progress (processed lines and the counts) is committed every {@code fpf.import.progress-every} lines together
 * with the skipped and refused lines of that stretch; a created line is stored with its case. Runs from the API go to
 * a small bounded executor and run as the user who sent the file; the command line runs one in its own thread.
 *
 * <p>A crash (kill -9, power loss) leaves an import QUEUED or RUNNING with nobody working it. Each run has an owner
 * (this node's name and a random part) and a heartbeat that this node refreshes while the run lives
 * ({@link LdImportWatch}). Any node marks an import whose heartbeat is older than {@code fpf.import.lease}
 * INTERRUPTED, with the counts recounted from the lines it recorded ({@link #interruptAbandoned()}); a node never
 * marks its own live runs, and a live node's heartbeat never gets that old, so a node starting next to a running one
 * takes nothing from it. The file is not kept on the server: the same file sent to {@code POST .../{id}/resume}
 * works the lines the import has not recorded ({@link #resume}); sent as a new import, the lines already done are
 * skipped as duplicates.
 */
@Service
public class LdImportService {

    private static final Logger log = LoggerFactory.getLogger(LdImportService.class);

    /** The summary lists at most this many refused lines; the rows endpoint has them all. */
    static final int SUMMARY_REFUSED_LINES = 1000;
    static final String AUDIT_ENTITY = "LD_IMPORT";

    /** 413: the file is larger than an import takes. */
    public static class FileTooLarge extends Problems.Refusal {
        public FileTooLarge(String detail) {
            super("File too large", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
    }

    /** 503: every import worker is busy and the queue is full. */
    public static class ImportsBusy extends Problems.Refusal {
        public ImportsBusy(String detail) {
            super("Imports busy", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    /** A file as it arrived: its name, its declared type (may be null) and its bytes. */
    public record ImportFile(String fileName, String contentType, byte[] content) {
    }

    /** Where a run stands, reported to a {@link Progress} listener after every commit of progress. */
    public record Counts(long importId, int total, int processed, int created, int skipped, int refused) {
    }

    @FunctionalInterface
    public interface Progress {
        Progress NONE = counts -> { };

        void update(Counts counts);
    }

    /** An import as GET /api/v1/liquidated-damages-imports/{id} shows it; the summary once it has finished. */
    public record ImportView(long id, String fileName, String fileSha256, BreachFile.Format format, String officeCode,
                             LdImport.Status status, int totalRows, int processedRows, int created, int skipped,
                             int refused, String failure, Instant startedAt, Instant finishedAt, String startedBy,
                             Summary summary) {
    }

    /**
     * What a finished run did: how many claims it opened, the skipped lines grouped by reason, and the refused lines
     * with their reasons (all of them unless {@code refusedComplete} is false; the rows endpoint has the rest).
     */
    public record Summary(int created, List<ReasonGroup> skipped, List<ReasonGroup> refusedByReason,
                          List<RefusedLine> refused, boolean refusedComplete) {
    }

    public record ReasonGroup(Reason reason, int count, List<Integer> lines) {
    }

    public record RefusedLine(int line, Reason reason, String detail) {
    }

    /** One line's result; {@code bondNumber}, {@code bondId} and {@code entryNumber} as the line gave them. */
    public record RowView(int line, Outcome outcome, Reason reason, String detail, String caseNumber,
                          String bondNumber, Long bondId, String entryNumber) {
        static RowView of(LdImportRow r) {
            return new RowView(r.getLineNo(), r.getOutcome(), r.getReasonCode(), r.getReason(), r.getCaseNumber(),
                    r.getBondNumber(), r.getBondId(), r.getEntryNumber());
        }
    }

    public record RowPage(List<RowView> items, int page, int size, long totalItems) {
    }

    /** A page of imports, newest first. */
    public record ImportPage(List<ImportView> items, int page, int size, long totalItems) {
    }

    private final LdImportRepository imports;
    private final LdImportRowRepository rows;
    private final LdImportRunner runner;
    private final OfficeAccess officeAccess;
    private final OfficeRepository offices;
    private final AuditLog auditLog;
    private final ThreadPoolTaskExecutor executor;
    private final ObjectMapper json;
    private final LdImportSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    LdImportService(LdImportRepository imports, LdImportRowRepository rows, LdImportRunner runner,
                    OfficeAccess officeAccess, OfficeRepository offices, AuditLog auditLog,
                    ThreadPoolTaskExecutor ldImportExecutor, ObjectMapper json, LdImportSettings settings, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.rows = rows;
        this.runner = runner;
        this.officeAccess = officeAccess;
        this.offices = offices;
        this.auditLog = auditLog;
        this.executor = ldImportExecutor;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------------------------------------ starting

    /**
     * The API: reads the file, opens the import in the caller's office (the one named, if the caller belongs to it)
     * and hands it to an import worker, which runs it as the caller. With {@code wait} the call returns when the run
     * has finished. Refuses an unusable file (400), a file too large (413) and a full queue (503) with nothing stored.
     */
    public ImportView submit(ImportFile file, String requestedOfficeCode, boolean wait) {
        String office = officeAccess.officeForNewCase(requestedOfficeCode);
        BreachFile breaches = read(file);
        LdImportRun begun = begin(file, breaches, office);
        long id = begun.importId;
        Future<?> run;
        try {
            run = inBackground(begun, breaches, office);
        } catch (TaskRejectedException busy) {
            runner.release(begun.owner);
            tx.executeWithoutResult(s -> imports.deleteById(id));
            throw new ImportsBusy("All import workers are busy and " + settings.queue() + " more files are waiting."
                    + " Send the file again in a few minutes; nothing was stored.");
        }
        return waitIfAsked(id, run, wait);
    }

    /** Hands the run to an import worker, which works it as the caller. */
    private Future<?> inBackground(LdImportRun run, BreachFile breaches, String office) {
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return executor.submit(new DelegatingSecurityContextRunnable(
                () -> runner.run(run, breaches, office, settings.progressEvery(), Progress.NONE), caller));
    }

    private ImportView waitIfAsked(long id, Future<?> run, boolean wait) {
        if (wait) {
            try {
                run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                log.error("Import {} ended with an error the run did not record", id, e.getCause());
            }
        }
        return tx.execute(s -> view(imports.findById(id).orElseThrow()));
    }

    /**
     * The command line and the benchmark: imports the file into the named office (or the only office there is) in
     * the calling thread, as the current user, and returns the finished import. The office is not checked against
     * the user's memberships: whoever runs the application on the server may import into any office.
     */
    public ImportView importInto(String officeCode, ImportFile file, Progress progress) {
        return importInto(officeCode, file, settings.progressEvery(), progress);
    }

    ImportView importInto(String officeCode, ImportFile file, int progressEvery, Progress progress) {
        String office = existingOffice(officeCode);
        BreachFile breaches = read(file);
        LdImportRun begun = begin(file, breaches, office);
        runner.run(begun, breaches, office, progressEvery, progress);
        return tx.execute(s -> view(imports.findById(begun.importId).orElseThrow()));
    }

    private String existingOffice(String officeCode) {
        if (officeCode == null || officeCode.isBlank()) {
            List<String> all = offices.findAll().stream().map(o -> o.getCode()).sorted().toList();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new Problems.InvalidInput("officeCode: name the office the claims are opened in, one of " + all + ".");
        }
        String code = officeCode.strip().toUpperCase(Locale.ROOT);
        if (!offices.existsById(code)) {
            throw new Problems.InvalidInput("officeCode: there is no FP&F office '" + officeCode + "'.");
        }
        return code;
    }

    private BreachFile read(ImportFile file) {
        byte[] content = file.content() == null ? new byte[0] : file.content();
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new FileTooLarge("The file has " + content.length + " bytes; an import takes at most "
                    + settings.maxFileSize().toMegabytes() + " MB. Split it into smaller files. Nothing was imported.");
        }
        BreachFile.Format format = BreachFile.formatOf(file.contentType(), file.fileName(), content);
        return BreachFile.read(content, format, new BreachFile.Limits(settings.maxRows()), json);
    }

    private LdImportRun begin(ImportFile file, BreachFile breaches, String office) {
        String owner = runner.claimOwner();
        LdImport started = new LdImport(fileName(file, breaches.format()), sha256(file.content()), breaches.format(),
                office, breaches.lines().size(), clock.instant(), CurrentUser.id(), owner);
        try {
            return new LdImportRun(tx.execute(s -> imports.save(started)).getId(), breaches.lines().size(), owner,
                    Set.of());
        } catch (RuntimeException e) {
            runner.release(owner);
            throw e;
        }
    }
    /** The name to show: without any folder part, at most 200 characters. */
    private static String fileName(ImportFile file, BreachFile.Format format) {
        String name = file.fileName() == null ? "" : file.fileName().strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "breaches." + format.name().toLowerCase(Locale.ROOT);
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Runs under way notice the shutdown between two lines and record where they stopped. */
    @PreDestroy
    void stop() {
        runner.stop();
    }

    /** The heartbeat of this node's queued and running imports: they have a live worker. */
    void heartbeat() {
        runner.heartbeat();
    }

    // ------------------------------------------------------------------------------------------------ interrupted runs

    /** What an import really recorded, line by line: the counts of an interrupted or resumed import. */
    private record Recount(int processed, int created, int skipped, int refused) {
    }

    private Recount recount(long importId) {
        int created = 0;
        int skipped = 0;
        int refused = 0;
        for (LdImportRowRepository.OutcomeCount c : rows.countByOutcome(importId)) {
            switch (c.getOutcome()) {
                case CREATED -> created = (int) c.getLines();
                case SKIPPED -> skipped = (int) c.getLines();
                case REFUSED -> refused = (int) c.getLines();
            }
        }
        return new Recount(rows.recordedLines(importId).size(), created, skipped, refused);
    }
    /**
     * Marks INTERRUPTED every import that is QUEUED or RUNNING with a heartbeat older than the lease, and is not one
     * of this node's live runs: its node died. The counts become those of the lines it recorded (a created line is
     * stored with its claim, so none is missed; the skipped and refused lines of the last stretch before the crash
     * were never stored and are worked again on resume). Returns the ids it marked.
     */
    public List<Long> interruptAbandoned() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.lease());
        List<Long> marked = new ArrayList<>();
        for (Long id : tx.execute(s -> imports.abandoned(cutoff))) {
            if (Boolean.TRUE.equals(tx.execute(s -> interruptIfAbandoned(id, cutoff, now)))) {
                marked.add(id);
            }
        }
        return marked;
    }

    private boolean interruptIfAbandoned(long id, Instant cutoff, Instant now) {
        LdImport found = imports.lockById(id).orElse(null);
        if (found == null || !found.getStatus().underWay() || runner.isLive(found.getOwnerNode())
                || found.getHeartbeatAt() != null && !found.getHeartbeatAt().isBefore(cutoff)) {
            return false;
        }
        Recount real = recount(id);
        found.progress(real.processed(), real.created(), real.skipped(), real.refused());
        String counts = real.processed() + " of " + found.getTotalRows() + " lines recorded: " + real.created()
                + " claims opened, " + real.skipped() + " skipped, " + real.refused() + " refused";
        String why = "Interrupted: the server that ran this import stopped (no sign of life since "
                + found.getHeartbeatAt() + ") after " + counts + ". The file is not kept on the server. Send the same"
                + " file to POST /api/v1/liquidated-damages-imports/" + id + "/resume to work the remaining lines in"
                + " this import, or send it again as a new import (the lines already done are then skipped as"
                + " duplicates). Either way no breach is lost or claimed twice.";
        found.interrupted(why, now);
        auditLog.entityEventBy(CurrentUser.SYSTEM, AUDIT_ENTITY, Long.toString(id), LdImportEvent.LD_IMPORT_INTERRUPTED.name(), counts,
                "no heartbeat since " + found.getHeartbeatAt());
        log.warn("Import {} had no live worker (last heartbeat {}); marked INTERRUPTED with {}", id,
                found.getHeartbeatAt(), counts);
        return true;
    }

    /**
     * Resumes an interrupted import with its file sent again (the same bytes: the SHA-256 must match): the lines it
     * recorded are not worked again, the others are, by an import worker as the caller. 404 for an import outside the
     * caller's offices, 409 unless it is INTERRUPTED, 400 for another file.
     */
    public ImportView resume(long id, ImportFile file, boolean wait) {
        LdImport found = tx.execute(s -> visible(id));
        officeAccess.officeForNewCase(found.getOfficeCode());
        if (found.getStatus() != LdImport.Status.INTERRUPTED) {
            throw new Problems.Conflict("Import " + id + " is " + found.getStatus() + "; only an INTERRUPTED import"
                    + " can be resumed.");
        }
        BreachFile breaches = read(file);
        String sha = sha256(file.content() == null ? new byte[0] : file.content());
        if (!sha.equals(found.getFileSha256()) || breaches.lines().size() != found.getTotalRows()) {
            throw new Problems.InvalidInput("file: this is not the file of import " + id + " (its SHA-256 is " + sha
                    + ", the import's " + found.getFileSha256() + "). Send the same file to resume it; another file"
                    + " is a new import (POST /api/v1/liquidated-damages-imports). Nothing was stored.");
        }
        String owner = runner.claimOwner();
        LdImportRun resumed;
        try {
            resumed = tx.execute(s -> {
                LdImport again = imports.lockById(id).orElseThrow();
                if (again.getStatus() != LdImport.Status.INTERRUPTED) {
                    throw new Problems.Conflict("Import " + id + " was resumed by someone else a moment ago.");
                }
                Recount real = recount(id);
                again.progress(real.processed(), real.created(), real.skipped(), real.refused());
                again.resumedBy(owner, clock.instant());
                LdImportRun run = new LdImportRun(id, again.getTotalRows(), owner, Set.copyOf(rows.recordedLines(id)));
                run.processed = real.processed();
                run.created = real.created();
                run.skipped = real.skipped();
                run.refused = real.refused();
                return run;
            });
        } catch (RuntimeException e) {
            runner.release(owner);
            throw e;
        }
        Future<?> run;
        try {
            run = inBackground(resumed, breaches, found.getOfficeCode());
        } catch (TaskRejectedException busy) {
            runner.release(owner);
            tx.executeWithoutResult(s -> imports.lockById(id).ifPresent(i -> i.interrupted(found.getFailure(),
                    clock.instant())));
            throw new ImportsBusy("All import workers are busy and " + settings.queue() + " more files are waiting."
                    + " Resume the import again in a few minutes; it stays interrupted.");
        }
        return waitIfAsked(id, run, wait);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** An import of an office the caller may see; others are 404 as if they did not exist. */
    @Transactional(readOnly = true)
    public ImportView view(long id) {
        return view(visible(id));
    }

    @Transactional(readOnly = true)
    public RowPage rows(long id, Outcome outcome, int page, int size) {
        LdImport found = visible(id);
        PageRequest request = PageRequest.of(page, size);
        Page<LdImportRow> lines = outcome == null
                ? rows.findByImportIdOrderByLineNoAsc(found.getId(), request)
                : rows.findByImportIdAndOutcomeOrderByLineNoAsc(found.getId(), outcome, request);
        return new RowPage(lines.map(RowView::of).toList(), page, size, lines.getTotalElements());
    }

    /**
     * The imports of the offices the caller may see, newest first, without their summaries (the list of the imports
     * page; {@link #view(long)} has an import's summary).
     */
    @Transactional(readOnly = true)
    public ImportPage list(int page, int size) {
        Set<String> offices = officeAccess.visibleOffices();
        if (offices.isEmpty()) {
            return new ImportPage(List.of(), page, size, 0);
        }
        Page<LdImport> found = imports.findByOfficeCodeInOrderByStartedAtDescIdDesc(offices, PageRequest.of(page, size));
        return new ImportPage(found.map(i -> listed(i)).toList(), page, size, found.getTotalElements());
    }

    private static ImportView listed(LdImport i) {
        return new ImportView(i.getId(), i.getFileName(), i.getFileSha256(), i.getFormat(), i.getOfficeCode(),
                i.getStatus(), i.getTotalRows(), i.getProcessedRows(), i.getCreatedCount(), i.getSkippedCount(),
                i.getRefusedCount(), i.getFailure(), i.getStartedAt(), i.getFinishedAt(), i.getStartedBy(), null);
    }

    /** The largest file an import takes, in bytes (fpf.import.max-file-size). */
    public long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    private LdImport visible(long id) {
        return imports.findById(id).filter(i -> officeAccess.canSee(i.getOfficeCode()))
                .orElseThrow(() -> new Problems.NotFound("No breach import " + id + " in your offices."));
    }

    private ImportView view(LdImport i) {
        Summary summary = i.getStatus().underWay() ? null : summary(i);
        return new ImportView(i.getId(), i.getFileName(), i.getFileSha256(), i.getFormat(), i.getOfficeCode(),
                i.getStatus(), i.getTotalRows(), i.getProcessedRows(), i.getCreatedCount(), i.getSkippedCount(),
                i.getRefusedCount(), i.getFailure(), i.getStartedAt(), i.getFinishedAt(), i.getStartedBy(), summary);
    }

    private Summary summary(LdImport i) {
        Map<Reason, List<Integer>> skipped = new EnumMap<>(Reason.class);
        Map<Reason, List<Integer>> refusedByReason = new EnumMap<>(Reason.class);
        for (LdImportRowRepository.ReasonLine line : rows.notCreatedLines(i.getId())) {
            (line.getOutcome() == Outcome.SKIPPED ? skipped : refusedByReason)
                    .computeIfAbsent(line.getReason(), r -> new ArrayList<>()).add(line.getLineNo());
        }
        Page<LdImportRow> refusedPage = rows.findByImportIdAndOutcomeOrderByLineNoAsc(i.getId(), Outcome.REFUSED,
                PageRequest.of(0, SUMMARY_REFUSED_LINES));
        List<RefusedLine> refused = refusedPage.map(r -> new RefusedLine(r.getLineNo(), r.getReasonCode(), r.getReason()))
                .toList();
        return new Summary(i.getCreatedCount(), groups(skipped), groups(refusedByReason), refused,
                refusedPage.getTotalElements() <= refused.size());
    }

    private static List<ReasonGroup> groups(Map<Reason, List<Integer>> byReason) {
        return byReason.entrySet().stream()
                .map(e -> new ReasonGroup(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
                .toList();
    }
}
