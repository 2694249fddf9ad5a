package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditEventRepository;
import gov.fpf.audit.AuditLog;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/** Opens case files and reads them back for the caller's offices. Family services build on it. */
@Service
public class CaseFileService {

    private final CaseFileRepository cases;
    private final CaseDeadlineRepository deadlines;
    private final ComputationStepRepository computations;
    private final AuditEventRepository auditEvents;
    private final CaseNumbers caseNumbers;
    private final AuditLog auditLog;
    private final OfficeAccess officeAccess;
    private final CaseWork caseWork;
    private final NoticeRepository notices;
    private final PaymentRepository payments;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final ApplicationEventPublisher events;
    private final NoticeRenderer noticeRenderer;
    private final NoticeDocuments documents;

    CaseFileService(CaseFileRepository cases, CaseDeadlineRepository deadlines, ComputationStepRepository computations,
                    AuditEventRepository auditEvents, CaseNumbers caseNumbers, AuditLog auditLog,
                    OfficeAccess officeAccess, CaseWork caseWork, NoticeRepository notices, PaymentRepository payments,
                    JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, OfficeCalendar calendar,
                    NoticeRenderer noticeRenderer, NoticeDocuments documents) {
        this.documents = documents;
        this.calendar = calendar;
        this.noticeRenderer = noticeRenderer;
        this.cases = cases;
        this.deadlines = deadlines;
        this.computations = computations;
        this.auditEvents = auditEvents;
        this.caseNumbers = caseNumbers;
        this.auditLog = auditLog;
        this.officeAccess = officeAccess;
        this.caseWork = caseWork;
        this.notices = notices;
        this.payments = payments;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Opens a case with a new number; the caller's transaction also stores the family's facts and starts the process. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseFile open(CaseFamily family, String officeCode, Long partyId, boolean demo, String summary) {
        int year = calendar.today(officeCode).getYear(); // the office's year numbers its cases
        CaseFile caseFile = cases.save(new CaseFile(caseNumbers.next(family, year), family, officeCode, partyId, demo,
                clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.CASE_OPENED.name(),
                (demo ? "DEMO case. " : "") + family + " case opened in office " + officeCode + ". " + summary);
        return caseFile;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void addDeadline(CaseFile caseFile, String name, LocalDate triggerDate, LocalDate dueDate, String citation) {
        deadlines.save(new CaseDeadline(caseFile.getId(), name, triggerDate, dueDate, citation, clock.instant()));
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.DEADLINE_SET.name(),
                name + " due " + dueDate + (triggerDate == null ? "" : " (from " + triggerDate + ")") + ", " + citation);
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    /**
     * What an opening computes, stored at once: the maximum, the first deadline and the trace. The CASE_OPENED event
     * already states them, so no separate audit rows are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOpeningComputation(CaseFile caseFile, BigDecimal maximum, String deadlineName, LocalDate triggerDate,
                                         LocalDate dueDate, String citation, List<TraceStep> trace) {
        caseFile.setMaximumAmount(maximum);
        deadlines.save(new CaseDeadline(caseFile.getId(), deadlineName, triggerDate, dueDate, citation, clock.instant()));
        addComputation(caseFile, trace);
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    /**
     * Appends steps to the case's computation trace. The trace reads in insertion order (ids); seq numbers the steps
     * of one computation, so no count query (and no early flush) is needed per call.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addComputation(CaseFile caseFile, List<TraceStep> steps) {
        // one batched statement: an opening writes most of a case's trace at once
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>();
        int seq = 0;
        for (TraceStep s : steps) {
            rows.add(new Object[] {caseFile.getId(), ++seq, s.step(), s.value(), s.rule(), s.citation(), s.parameterRef(), now});
        }
        jdbc.batchUpdate("INSERT INTO computation_step (case_id, seq, step, result, rule_text, citation, parameter_ref,"
                + " computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAmounts(CaseFile caseFile, BigDecimal maximum, BigDecimal assessed, BigDecimal floor) {
        caseFile.setMaximumAmount(maximum);
        caseFile.setAssessedAmount(assessed);
        caseFile.setFloorAmount(floor);
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.AMOUNTS_SET.name(),
                "maximum " + maximum + ", assessed " + assessed + ", floor " + floor);
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changeStatus(CaseFile caseFile, CaseStatus status, String reason) {
        CaseStatus before = caseFile.getStatus();
        caseFile.changeStatus(status, clock.instant());
        if (status == CaseStatus.CLOSED) {
            // a closed case waits for nothing: what is still open (a petition period, the statute of limitations...)
            // is closed with it, so no page shows days left on a finished case
            deadlines.findByCaseIdOrderByDueDateAscIdAsc(caseFile.getId()).stream().filter(CaseDeadline::isOpen)
                    .forEach(d -> d.close(DeadlineStatus.CLOSED));
        }
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.STATUS_CHANGED.name(), before + " -> " + status, reason);
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    /**
     * Stores a notice as sent and puts it on the timeline, linked: its HTML with the addresses on file, and the same
     * letter as a PDF/A document (version 1, {@link NoticeDocuments}) in this transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notice storeNotice(CaseFile caseFile, String kind, String title, LocalDate mailingDate, Letter letter) {
        NoticeEnvelope envelope = documents.envelope(caseFile, letter, title, mailingDate);
        String html = noticeRenderer.render(letter.with("envelope", envelope));
        Notice notice = notices.save(new Notice(caseFile.getId(), kind, title, mailingDate, html, clock.instant(),
                CurrentUser.id()));
        documents.issue(caseFile, notice, letter, html, envelope);
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.NOTICE_ISSUED.name(), title + " mailed " + mailingDate + ": "
                + noticeHref(caseFile.getCaseNumber(), notice.getId()));
        return notice;
    }

    public static String noticeHref(String caseNumber, Long noticeId) {
        return "/api/v1/cases/" + caseNumber + "/notices/" + noticeId;
    }

    /** Records money received and returns the total paid on the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal recordPayment(CaseFile caseFile, BigDecimal amount, LocalDate paidDate, String paidBy) {
        return recordPayment(caseFile, amount, paidDate, paidBy, null);
    }

    /** As above, naming the debt the money pays (null: the case's only debt). */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal recordPayment(CaseFile caseFile, BigDecimal amount, LocalDate paidDate, String paidBy,
                                    String appliedTo) {
        payments.save(new Payment(caseFile.getId(), amount, paidDate, paidBy, clock.instant(), CurrentUser.id(), appliedTo));
        BigDecimal total = payments.totalPaid(caseFile.getId());
        caseFile.setPaidAmount(total);
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.PAYMENT_RECORDED.name(),
                NoticeHtml.money(amount) + " paid " + paidDate + " by " + paidBy
                        + (appliedTo == null ? "" : ", applied to " + appliedTo.replace('_', ' ').toLowerCase())
                        + "; total paid " + NoticeHtml.money(total));
        // what the party owes changed (good standing reads its past-due debts, EO 14411 Sec. 2(d))
        events.publishEvent(new CaseFileChanged(caseFile));
        return total;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecidedAmount(CaseFile caseFile, BigDecimal decided, String reason) {
        caseFile.setDecidedAmount(decided);
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.AMOUNT_DECIDED.name(), "decided amount " + NoticeHtml.money(decided), reason);
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAssessedAndFloor(CaseFile caseFile, BigDecimal assessed, BigDecimal floor) {
        caseFile.setAssessedAmount(assessed);
        caseFile.setFloorAmount(floor);
        auditLog.caseEvent(caseFile.getCaseNumber(), CaseFileEvent.PENALTY_ASSESSED.name(), "assessed " + NoticeHtml.money(assessed)
                + "; EO 14411 floor " + NoticeHtml.money(floor));
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void closeDeadline(CaseFile caseFile, String name, DeadlineStatus status) {
        deadlines.findByCaseIdOrderByDueDateAscIdAsc(caseFile.getId()).stream()
                .filter(d -> d.getName().equals(name) && d.isOpen())
                .forEach(d -> d.close(status));
        events.publishEvent(new CaseFileChanged(caseFile));
    }

    /** The open deadline of that name, if the case has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<CaseDeadline> openDeadline(CaseFile caseFile, String name) {
        return deadlines.findByCaseIdOrderByDueDateAscIdAsc(caseFile.getId()).stream()
                .filter(d -> d.getName().equals(name) && d.isOpen())
                .reduce((first, later) -> later);
    }

    /** The latest deadline of that name, open or not (a late filing is measured against a period that ran out). */
    @Transactional(readOnly = true)
    public java.util.Optional<CaseDeadline> latestDeadline(CaseFile caseFile, String name) {
        return deadlines.findByCaseIdOrderByDueDateAscIdAsc(caseFile.getId()).stream()
                .filter(d -> d.getName().equals(name))
                .reduce((first, later) -> later);
    }

    @Transactional(readOnly = true)
    public Notice notice(String caseNumber, long noticeId) {
        CaseFile c = visibleCase(caseNumber);
        return notices.findByIdAndCaseId(noticeId, c.getId())
                .orElseThrow(() -> new Problems.NotFound("No notice " + noticeId + " on case " + caseNumber + "."));
    }


    /**
     * The case a process step works on. The business key comes from the engine, not from a person, so a missing case
     * is a broken instance (500), not a caller's mistake; the steps of every family read their case through here.
     */
    public CaseFile require(String caseNumber) {
        return cases.ofProcess(caseNumber);
    }

    /** Today at the case's office: legal dates follow the office's calendar, not the server's. */
    public LocalDate today(CaseFile caseFile) {
        return calendar.today(caseFile.getOfficeCode());
    }

    /** The timer of a period whose last lawful day is {@code lastDay}: it fires when that day ends at the office. */
    public java.util.Date periodCloses(CaseFile caseFile, LocalDate lastDay) {
        return calendar.periodCloses(lastDay, caseFile.getOfficeCode());
    }

    /** The office's calendar day of an instant the case's model holds (a timer date). */
    public LocalDate dayOf(CaseFile caseFile, java.util.Date instant) {
        return calendar.dayOf(instant, caseFile.getOfficeCode());
    }

    /** The timer of a warning or guard date: it fires when that day begins at the office. */
    public java.util.Date dayBegins(CaseFile caseFile, LocalDate day) {
        return calendar.dayBegins(day, caseFile.getOfficeCode());
    }

    /** The case, if it exists and the caller may see its office; otherwise 404 (other offices' cases are not disclosed). */
    @Transactional(readOnly = true)
    public CaseFile visibleCase(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .filter(c -> officeAccess.canSee(c.getOfficeCode()))
                .orElseThrow(() -> new Problems.NotFound("No case " + caseNumber + " in your offices."));
    }

    @Transactional(readOnly = true)
    public CaseView view(String caseNumber) {
        CaseFile c = visibleCase(caseNumber);
        return new CaseView(c.getCaseNumber(), c.getFamily(), c.getStatus(), c.getOfficeCode(), c.getPartyId(), c.isDemo(),
                c.getOpenedAt(), c.getClosedAt(), c.getVersion(),
                new CaseView.Amounts(c.getMaximumAmount(), c.getAssessedAmount(), c.getFloorAmount(),
                        c.getDecidedAmount(), c.getPaidAmount()),
                deadlines.findByCaseIdOrderByDueDateAscIdAsc(c.getId()).stream()
                        .map(d -> new CaseView.Deadline(d.getName(), d.getDueDate(), d.getTriggerDate(), d.getCitation(),
                                d.getStatus()))
                        .toList(),
                computations.findByCaseIdOrderByIdAsc(c.getId()).stream()
                        .map(s -> new CaseView.Computation(s.getStep(), s.getResult(), s.getRule(), s.getCitation(),
                                s.getParameterRef()))
                        .toList(),
                auditEvents.findByCaseNumberOrderByOccurredAtAscIdAsc(c.getCaseNumber()).stream()
                        .map(e -> new CaseView.TimelineEntry(e.getOccurredAt(), e.getActor(), e.getEvent(), e.getDetail(),
                                e.getReason()))
                        .toList(),
                caseWork.openTasks(c.getCaseNumber()).stream()
                        .map(t -> new CaseView.Task(t.id(), t.taskDefinitionKey(), t.name(), t.assignee()))
                        .toList(),
                notices.findByCaseIdOrderByIdAsc(c.getId()).stream()
                        .map(n -> new CaseView.NoticeLink(n.getId(), n.getKind(), n.getTitle(), n.getMailingDate(),
                                noticeHref(c.getCaseNumber(), n.getId())))
                        .toList());
    }

    @Transactional(readOnly = true)
    public CaseSummaryPage search(CaseFamily family, CaseStatus status, Long partyId, String officeCode, int page, int size) {
        Set<String> offices = officeAccess.visibleOffices();
        if (officeCode != null && !officeCode.isBlank()) {
            if (!offices.contains(officeCode)) {
                throw new Problems.Forbidden("You may not list the cases of office " + officeCode
                        + "; your offices are " + offices + ".");
            }
            offices = Set.of(officeCode);
        }
        if (offices.isEmpty()) {
            return new CaseSummaryPage(List.of(), page, size, 0);
        }
        Page<CaseFile> found = cases.search(offices, family, status, partyId,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("id"))));
        return new CaseSummaryPage(found.map(CaseSummary::of).toList(), page, size, found.getTotalElements());
    }

    public record CaseSummary(String caseNumber, CaseFamily family, CaseStatus status, String officeCode, Long partyId,
                              BigDecimal assessed, boolean demo, java.time.Instant openedAt) {
        static CaseSummary of(CaseFile c) {
            return new CaseSummary(c.getCaseNumber(), c.getFamily(), c.getStatus(), c.getOfficeCode(), c.getPartyId(),
                    c.getAssessedAmount(), c.isDemo(), c.getOpenedAt());
        }
    }

    public record CaseSummaryPage(List<CaseSummary> items, int page, int size, long totalItems) {
    }
}
