package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.Money;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * The end of the goods: the 1612 summary sale or destruction (approval and record, also of perishable items alone),
 * release on payment of the value (1614), the disposition after forfeiture with its checks (counterfeits, 1526(e))
 * and the release of the property to the claimant.
 */
@Service
class SeizureDisposition {

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final SeizureItemRepository items;
    private final CustodyEventRepository custody;
    private final ProceedsShareRepository proceedsShares;
    private final SeizureProceeds proceedsAccount;
    private final SeizureRules rules;
    private final SummarySaleRules summarySaleRules;
    private final ProceedsRules proceedsRules;
    private final DispositionRules dispositionRules;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final Clock clock;

    SeizureDisposition(CaseFileService caseFiles, SeizureCaseFiles cases, SeizureItemRepository items,
                       CustodyEventRepository custody, ProceedsShareRepository proceedsShares,
                       SeizureProceeds proceedsAccount, SeizureRules rules, SummarySaleRules summarySaleRules,
                       ProceedsRules proceedsRules, DispositionRules dispositionRules, LegalParameters parameters,
                       CaseWork caseWork, AuditLog auditLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.items = items;
        this.custody = custody;
        this.proceedsShares = proceedsShares;
        this.proceedsAccount = proceedsAccount;
        this.rules = rules;
        this.summarySaleRules = summarySaleRules;
        this.proceedsRules = proceedsRules;
        this.dispositionRules = dispositionRules;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public SeizureSteps.SummarySaleDecided recordSummarySaleDecision(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        String decision = text(v.get(VAR_SUMMARY_SALE_DECISION));
        String reason = text(v.get(VAR_SUMMARY_SALE_REASON));
        if (decision == null || !List.of(SUMMARY_SALE, SUMMARY_DESTRUCTION, SUMMARY_SALE_REJECTED).contains(decision)) {
            throw new Problems.InvalidInput("summarySaleDecision: choose SALE, DESTRUCTION or REJECTED.");
        }
        if (reason == null) {
            throw new Problems.InvalidInput("summarySaleReason: a reason is required.");
        }
        String approver = CurrentUser.id();
        String scope = SALE_SCOPE_WHOLE_SEIZURE;
        if (!SUMMARY_SALE_REJECTED.equals(decision)) {
            if (!CurrentUser.groups().contains(Roles.SUPERVISOR) && !CurrentUser.SYSTEM.equals(approver)) {
                throw new Problems.Forbidden("Only an FP&F supervisor may approve a summary sale or destruction.");
            }
            if (approver.equals(c.getOpenedBy())) {
                throw new Problems.Forbidden("The officer who recorded the seizure may not approve its summary sale;"
                        + " another supervisor must.");
            }
            LocalDate today = cases.today(c);
            BigDecimal accrued = rules.accruedStorage(s.getDailyStorageRate() == null ? BigDecimal.ZERO
                    : s.getDailyStorageRate(), s.getSeizureDate(), today).amount();
            BigDecimal storage = s.getProjectedStorageCost() == null ? accrued : accrued.max(s.getProjectedStorageCost());
            SummarySaleRules.SummarySaleCheck check = summarySaleRules.summarySaleAllowed(s.getAppraisedValue(), storage,
                    s.isPerishable(), parameters, today);
            if (SUMMARY_SALE.equals(decision) && !check.saleAllowed()
                    || SUMMARY_DESTRUCTION.equals(decision) && !check.destructionAllowed()) {
                throw new Problems.RuleViolation("A summary " + decision.toLowerCase(Locale.ROOT) + " is not allowed: the"
                        + " goods are not perishable and the storage cost " + NoticeHtml.money(storage)
                        + " has not reached the presumption share of the value " + NoticeHtml.money(s.getAppraisedValue())
                        + ".", "19 U.S.C. 1612; 19 CFR 162.48");
            }
            List<TraceStep> trace = new ArrayList<>(check.steps());
            List<SeizureItem> lines = items.findByCaseIdOrderByLineNoAsc(c.getId());
            List<SeizureItem> covered = lines;
            if (SUMMARY_SALE.equals(decision)) {
                List<SeizedItem> seized = cases.seizedItems(c);
                SummarySaleRules.SaleScope saleScope = summarySaleRules.summarySaleScope(seized, check);
                trace.addAll(saleScope.steps());
                trace.addAll(summarySaleRules.summarySaleGoodsAllowed(saleScope.lines().stream().map(seized::get).toList(),
                        s.hasTrademarkOwnerConsent()));
                covered = saleScope.lines().stream().map(lines::get).toList();
                scope = saleScope.wholeSeizure() ? SALE_SCOPE_WHOLE_SEIZURE : SALE_SCOPE_PERISHABLE_ITEMS;
            }
            caseFiles.addComputation(c, trace);
            s.summaryAction(decision, approver);
            caseFiles.storeNotice(c, SeizureNotices.NOTICE_OF_SALE, SUMMARY_SALE.equals(decision) ? "Notice of summary sale"
                    : "Notice of destruction", today, SeizureNotices.noticeOfSale(c, s, covered, cases.addressee(c), today,
                    decision, reason));
        }
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.summarySaleDecision(decision).name(), "1612 summary sale or destruction: " + decision
                + " by " + approver, reason);
        return new SeizureSteps.SummarySaleDecided(scope);
    }

    @Transactional
    public SeizureSteps.ProceedsPeriod recordSummarySale(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        boolean sale = SUMMARY_SALE.equals(s.getSummaryAction());
        LocalDate on = calendarDate(v.get(sale ? VAR_SALE_DATE : VAR_DESTRUCTION_DATE), sale ? "saleDate" : "destructionDate");
        if (on == null) {
            throw new Problems.InvalidInput((sale ? "saleDate" : "destructionDate") + ": the date it was done.");
        }
        BigDecimal proceeds = sale ? Money.dollars(v.get(VAR_SALE_PROCEEDS), "saleProceeds") : null;
        LocalDate due = on;
        if (sale && SALE_SCOPE_PERISHABLE_ITEMS.equals(text(v.get(VAR_SUMMARY_SALE_SCOPE)))) {
            return perishableItemsSold(c, s, on, proceeds);
        }
        if (sale) {
            Deadline proceedsDue = rules.proceedsPetitionDue(on, parameters);
            due = proceedsDue.due();
            // 1612(a): held subject to claims, not distributed at the sale (distributed when the case closes)
            s.holdProceeds(proceeds, s.getAppraisedValue());
            items.findByCaseIdOrderByLineNoAsc(c.getId()).forEach(SeizureItem::summarilySold);
            caseFiles.addDeadline(c, SeizureDeadline.PROCEEDS.label(), on, due, proceedsDue.citation());
            caseFiles.addComputation(c, List.of(proceedsDue.trace(), summarySaleRules.proceedsHeld(proceeds, on, proceedsDue)));
        }
        s.disposed(on, text(v.get(VAR_WITNESS)), text(v.get(VAR_CERTIFICATE_REFERENCE)), proceeds, sale ? due : null);
        cases.closeElectionDeadlines(c);
        auditLog.caseEvent(caseNumber, (sale ? SeizureAuditEvent.SUMMARY_SOLD : SeizureAuditEvent.SUMMARY_DESTROYED).name(), (sale ? "sold for "
                + NoticeHtml.money(proceeds) : "destroyed") + " on " + on + " under 19 U.S.C. 1612"
                + (sale ? "; the proceeds stand in place of the property" : ""));
        // a sale opens the 1613(a) period, which includes its last day; a destruction has nothing to wait for
        return new SeizureSteps.ProceedsPeriod(sale ? cases.closes(c, due) : cases.begins(c, due));
    }

    /**
     * 1612(a) per item: the perishable lines are sold, their proceeds are held in their place, and the rest of the
     * seizure goes on along the ordinary path (the process returns to the proceedings).
     */
    private SeizureSteps.ProceedsPeriod perishableItemsSold(CaseFile c, SeizureCase s, LocalDate on, BigDecimal proceeds) {
        BigDecimal value = BigDecimal.ZERO;
        List<String> sold = new ArrayList<>();
        for (SeizureItem item : items.findByCaseIdOrderByLineNoAsc(c.getId())) {
            if (item.isPerishable() && !item.isSummarilySold()) {
                item.summarilySold();
                value = value.add(item.getAppraisedValue());
                sold.add("item " + item.getLineNo());
            }
        }
        BigDecimal held = s.getHeldProceeds() == null ? proceeds : s.getHeldProceeds().add(proceeds);
        BigDecimal heldValue = s.getHeldProceedsValue() == null ? value : s.getHeldProceedsValue().add(value);
        s.holdProceeds(held, heldValue);
        Deadline claimsUntil = rules.proceedsPetitionDue(on, parameters);
        caseFiles.addComputation(c, List.of(summarySaleRules.proceedsHeld(proceeds, on, claimsUntil)));
        custody.save(new CustodyEvent(c.getId(), on, CustodyEvent.Kind.DISPOSED, s.getStorageLocation(),
                "perishable " + String.join(", ", sold) + " sold summarily for " + NoticeHtml.money(proceeds)
                        + " (19 U.S.C. 1612(a))", clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.SUMMARY_SOLD_PERISHABLE_ITEMS.name(), String.join(", ", sold) + " sold for "
                + NoticeHtml.money(proceeds) + " on " + on + " under 19 U.S.C. 1612(a); the proceeds are held in their"
                + " place and the other items follow the ordinary path");
        return new SeizureSteps.ProceedsPeriod(cases.closes(c, claimsUntil.due()));
    }

    /** 19 U.S.C. 1614: release on payment of the appraised value, any time before disposition. */
    @Transactional
    public void releaseOnPayment(String caseNumber, BigDecimal amount, LocalDate paidDate, String paidBy) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        List<TraceStep> open = dispositionRules.releaseOnPaymentAllowed(cases.seizedItems(c), s.hasTrademarkOwnerConsent());
        proceedsRules.paymentOfValue(amount, s.getAppraisedValue(), List.of(), List.of(), null);
        caseFiles.addComputation(c, open);
        caseFiles.recordPayment(c, amount, paidDate, paidBy == null ? "CLAIMANT" : paidBy);
        if (!caseWork.deliver(CaseMessages.RELEASE_ON_PAYMENT_OF_VALUE, caseNumber,
                Map.of("releasePayment", ProcessVariables.number(amount)))) {
            throw new Problems.RuleViolation("The property of " + caseNumber + " can no longer be released on payment"
                    + " (status " + c.getStatus() + "). Nothing was recorded.", "19 U.S.C. 1614");
        }
    }

    @Transactional
    public void releaseOnPaymentOfValue(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        dispositionRules.releaseOnPaymentAllowed(cases.seizedItems(c), s.hasTrademarkOwnerConsent());
        BigDecimal paid = c.getPaidAmount() == null ? s.getAppraisedValue() : c.getPaidAmount();
        proceedsAccount.applyProceeds(c, s, paid, cases.today(c), ProceedsRules.ProceedsSource.PAYMENT_OF_VALUE);
        release(c, s, "released on payment of the appraised value (19 U.S.C. 1614)");
        cases.closeElectionDeadlines(c);
    }

    @Transactional
    public SeizureSteps.DispositionChecked checkDisposition(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        String methodText = text(v.get(VAR_DISPOSITION_METHOD));
        DispositionMethod method;
        try {
            method = DispositionMethod.valueOf(String.valueOf(methodText));
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("dispositionMethod: choose one of " + List.of(DispositionMethod.values()) + ".");
        }
        boolean consent = bool(v.get(VAR_OWNER_CONSENT)) || s.hasTrademarkOwnerConsent();
        String disposer = text(v.get(VAR_DISPOSER));
        String recipient = text(v.get(VAR_RECIPIENT_AGENCY));
        DispositionRules.CounterfeitConditions conditions = new DispositionRules.CounterfeitConditions(
                optionalBool(v.get(VAR_GOODS_NOT_UNSAFE)), optionalBool(v.get(VAR_MARKS_OBLITERATED)),
                optionalBool(v.get(VAR_OBLITERATION_NOT_FEASIBLE)), optionalBool(v.get(VAR_NO_AGENCY_NEED)));
        DispositionRules.DispositionCheck check = dispositionRules.checkDisposition(method, cases.facts(c, s), s.getForfeitureDate(), cases.today(c),
                consent, disposer, recipient, conditions, parameters);
        s.disposition(method, disposer, recipient, consent);
        s.counterfeitConditions(conditions.notUnsafe(), conditions.marksObliterated(),
                conditions.obliterationNotFeasible(), conditions.noAgencyNeed());
        caseFiles.addComputation(c, check.steps());
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.DISPOSITION_DECIDED.name(), method + (disposer == null ? "" : " by " + disposer)
                + (recipient == null ? "" : " to " + recipient), text(v.get(VAR_DISPOSITION_NOTE)));
        return new SeizureSteps.DispositionChecked(method);
    }

    @Transactional
    public SeizureSteps.ProceedsPeriod recordDisposition(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        LocalDate on = calendarDate(v.get(VAR_DISPOSITION_DATE), "dispositionDate");
        if (on == null) {
            throw new Problems.InvalidInput("dispositionDate: the date it was done.");
        }
        DispositionMethod method = s.getDispositionMethod();
        BigDecimal proceeds = null;
        LocalDate due = on;
        if (method == DispositionMethod.SALE) {
            proceeds = Money.dollars(v.get(VAR_SALE_PROCEEDS), "saleProceeds");
            Deadline proceedsDue = rules.proceedsPetitionDue(on, parameters);
            due = proceedsDue.due();
            proceedsAccount.applyProceeds(c, s, proceeds, on, ProceedsRules.ProceedsSource.SALE);
            caseFiles.addDeadline(c, SeizureDeadline.PROCEEDS.label(), on, due, proceedsDue.citation());
            caseFiles.addComputation(c, List.of(proceedsDue.trace()));
        }
        String witness = text(v.get(VAR_WITNESS));
        String certificate = text(v.get(VAR_CERTIFICATE_REFERENCE));
        if (method == DispositionMethod.DESTRUCTION && (witness == null || certificate == null)) {
            throw new Problems.InvalidInput("witness and certificateReference: a destruction is witnessed and certified.");
        }
        if (method == DispositionMethod.THIRD_PARTY_DISPOSAL && text(v.get(VAR_DISPOSER_REFERENCE)) == null) {
            throw new Problems.InvalidInput("disposerReference: the authorized disposer's record of the disposal.");
        }
        s.disposed(on, witness, certificate != null ? certificate : text(v.get(VAR_DISPOSER_REFERENCE)), proceeds,
                method == DispositionMethod.SALE ? due : null);
        custody.save(new CustodyEvent(c.getId(), on, CustodyEvent.Kind.DISPOSED, s.getStorageLocation(),
                method + (s.getDisposer() == null ? "" : " by " + s.getDisposer()), clock.instant(), CurrentUser.id()));
        caseFiles.storeNotice(c, SeizureNotices.DISPOSITION_RECORD, "Record of disposition", on,
                SeizureNotices.dispositionRecord(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), cases.addressee(c),
                        proceedsShares.findByCaseIdOrderBySeqAsc(c.getId())));
        cases.closeElectionDeadlines(c);
        caseFiles.closeDeadline(c, SeizureDeadline.SUMMARY_SALE.label(), DeadlineStatus.MET);
        return new SeizureSteps.ProceedsPeriod(method == DispositionMethod.SALE ? cases.closes(c, due) : cases.begins(c, due));
    }

    @Transactional
    public void releaseProperty(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        String court = text(v.get(VAR_COURT_OUTCOME));
        String why = text(v.get(VAR_RELEASE_REASON));
        if (RELEASE_REASON_NO_TIMELY_NOTICE.equals(why)) {
            release(c, s, "returned: no notice of seizure within 60 days of the seizure (18 U.S.C. 983(a)(1)(F))");
        } else if (RELEASE_REASON_NO_COMPLAINT.equals(why)) {
            release(c, s, "returned: no complaint for forfeiture within 90 days of the claim (18 U.S.C. 983(a)(3)(B))");
            caseFiles.closeDeadline(c, SeizureDeadline.COMPLAINT.label(), DeadlineStatus.LAPSED);
        } else {
            release(c, s, court != null ? "returned by court order " + text(v.get(VAR_COURT_ORDER_REFERENCE))
                    : "released to the claimant");
        }
        cases.closeElectionDeadlines(c);
    }

    private void release(CaseFile c, SeizureCase s, String reason) {
        s.released(cases.today(c), reason.length() > 200 ? reason.substring(0, 200) : reason);
        custody.save(new CustodyEvent(c.getId(), cases.today(c), CustodyEvent.Kind.RELEASED, s.getStorageLocation(), reason,
                clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.PROPERTY_RELEASED.name(), reason);
    }

    /** A yes/no a form may leave empty: null when not given. */
    private static Boolean optionalBool(Object value) {
        return value == null || value.toString().isBlank() ? null : bool(value);
    }
}
