package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * Proceeds of a sale or a payment of the value, applied in the order of 19 U.S.C. 1613 and stored as shares; proceeds
 * of a summary sale held until the case closes (1612(a)); the 1592 penalty facts that decide the 1613(b) excess.
 */
@Service
class SeizureProceeds {

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final ProceedsShareRepository proceedsShares;
    private final PetitionRepository petitions;
    private final SeizureRules rules;
    private final ProceedsRules proceedsRules;
    private final gov.fpf.rules.penalties.PenaltyMaximums penaltyMaximums;
    private final LegalParameters parameters;
    private final AuditLog auditLog;
    private final Clock clock;

    SeizureProceeds(CaseFileService caseFiles, SeizureCaseFiles cases, ProceedsShareRepository proceedsShares,
                    PetitionRepository petitions, SeizureRules rules, ProceedsRules proceedsRules,
                    gov.fpf.rules.penalties.PenaltyMaximums penaltyMaximums, LegalParameters parameters,
                    AuditLog auditLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.proceedsShares = proceedsShares;
        this.petitions = petitions;
        this.rules = rules;
        this.proceedsRules = proceedsRules;
        this.penaltyMaximums = penaltyMaximums;
        this.parameters = parameters;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Proceeds of a summary sale held subject to claims (1612(a)) are distributed when the case closes, which is
     * after the 1613(a) period has run or a petition for them is decided. A claimant granted relief (remission on a
     * petition for the proceeds, or the property released) is reimbursed the value at seizure of the goods sold less
     * the remitted amount owed (19 CFR 162.48(b)(2)); otherwise the proceeds are applied in the order of 1613.
     */
    void distributeHeldProceeds(CaseFile c, SeizureCase s, String outcome) {
        if (s.getHeldProceeds() == null || s.getProceedsDistributed() != null) {
            return;
        }
        LocalDate today = cases.today(c);
        boolean wholeSale = SeizureForfeitureProcess.OUTCOME_SUMMARY_SOLD.equals(outcome)
                || SeizureForfeitureProcess.OUTCOME_SUMMARY_DESTROYED.equals(outcome);
        // storage is charged to the proceeds of a sale of the whole seizure; after a sale of perishable items only,
        // the rest of the seizure bears it
        List<ProceedsRules.Expense> expenses = wholeSale && s.getDispositionDate() != null
                ? storageExpense(s, s.getDispositionDate()) : List.of();
        BigDecimal owed = null;
        if (SeizureForfeitureProcess.OUTCOME_SUMMARY_SOLD.equals(outcome)) {
            Petition granted = petitions.findByCaseIdOrderByIdAsc(c.getId()).stream()
                    .filter(p -> p.getOutcome() != null && p.getOutcome() != Petition.Outcome.DENY)
                    .reduce((a, b) -> b).orElse(null);
            if (granted != null) {
                owed = granted.getDecidedAmount() == null ? BigDecimal.ZERO : granted.getDecidedAmount();
            }
        } else if (List.of(SeizureForfeitureProcess.OUTCOME_RELEASED, SeizureForfeitureProcess.OUTCOME_RELEASED_ON_PAYMENT,
                SeizureForfeitureProcess.OUTCOME_COMPROMISED, SeizureForfeitureProcess.OUTCOME_RETURNED).contains(outcome)) {
            owed = BigDecimal.ZERO;   // the release's own terms were met; the goods sold are reimbursed in full
        }
        if (owed != null) {
            ProceedsRules.ReliefAfterSale relief = proceedsRules.reliefAfterSummarySale(s.getHeldProceeds(),
                    s.getHeldProceedsValue(), owed, expenses, List.of());
            saveShares(c, relief.distribution());
            auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.PROCEEDS_REIMBURSED.name(), NoticeHtml.money(relief.reimbursement())
                    + " reimbursed to the claimant (19 CFR 162.48(b)(2)): " + NoticeHtml.money(relief.fromProceeds())
                    + " from the proceeds, " + NoticeHtml.money(relief.fromFund()) + " from the fund");
        } else {
            BigDecimal penalty;
            try {
                penalty = penaltyAndCosts(s);
            } catch (Problems.RuleViolation missing) {
                caseFiles.addComputation(c, List.of(new TraceStep("Proceeds held", s.getHeldProceeds().toPlainString(),
                        missing.getMessage(), "19 U.S.C. 1613(b)", null)));
                return;
            }
            saveShares(c, proceedsRules.proceeds(ProceedsRules.ProceedsSource.SALE, s.getHeldProceeds(), expenses, List.of(),
                    penalty));
        }
        s.proceedsDistributed(today);
    }

    /** 19 U.S.C. 1613: storage (a priority claim) and the other expenses first, then liens, then the fund. */
    void applyProceeds(CaseFile c, SeizureCase s, BigDecimal gross, LocalDate on, ProceedsRules.ProceedsSource source) {
        List<ProceedsRules.Expense> expenses = storageExpense(s, on);
        ProceedsRules.Distribution d = source == ProceedsRules.ProceedsSource.SALE
                ? proceedsRules.proceeds(source, gross, expenses, List.of(), penaltyAndCosts(s))
                : proceedsRules.paymentOfValue(gross, s.getAppraisedValue(), expenses, List.of(), null);
        saveShares(c, d);
    }

    /** The shares as the rules computed them, each once: they add up to the gross (19 U.S.C. 1613(a)). */
    private void saveShares(CaseFile c, ProceedsRules.Distribution d) {
        int seq = proceedsShares.findByCaseIdOrderBySeqAsc(c.getId()).size();
        List<ProceedsShare> rows = new ArrayList<>();
        for (ProceedsRules.Share share : d.shares()) {
            rows.add(new ProceedsShare(c.getId(), ++seq, share.what(), share.paid(), share.citation(), clock.instant()));
        }
        proceedsShares.saveAll(rows);
        caseFiles.addComputation(c, d.steps());
    }

    private List<ProceedsRules.Expense> storageExpense(SeizureCase s, LocalDate on) {
        List<ProceedsRules.Expense> expenses = new ArrayList<>();
        if (s.getDailyStorageRate() != null && s.getDailyStorageRate().signum() > 0) {
            expenses.add(new ProceedsRules.Expense(ProceedsRules.ExpenseKind.CUSTODY_STORAGE,
                    rules.accruedStorage(s.getDailyStorageRate(), s.getSeizureDate(), on).amount()));
        }
        return expenses;
    }

    /**
     * 19 U.S.C. 1613(b): in a forfeiture under 1592 the fund keeps the final penalty and costs and the excess goes
     * back to the violator; null for other statutes. A 1592 seizure's proceeds are not distributed before the final
     * penalty is recorded (422).
     */
    private BigDecimal penaltyAndCosts(SeizureCase s) {
        if (!SeizureStatute.S1592.text().equals(s.getStatute())) {
            return null;
        }
        if (s.getFinalPenalty1592() == null) {
            throw new Problems.RuleViolation("This is a 1592 seizure: the proceeds above the final penalty and costs go"
                    + " back to the violator, so record the final penalty (POST /api/v1/seizure-cases/"
                    + "{caseNumber}/penalty-1592) before the proceeds are distributed.", "19 U.S.C. 1613(b)");
        }
        return s.getFinalPenalty1592().add(s.getPenaltyCosts1592() == null ? BigDecimal.ZERO : s.getPenaltyCosts1592());
    }

    /**
     * A 1592 seizure's penalty facts: the culpability, dutiable value and loss of revenue give the 1592(c) maximum
     * that caps the (c)(14) release security; the final penalty and costs, once known, decide the 1613(b) excess.
     */
    @Transactional
    public void record1592Penalty(String caseNumber, gov.fpf.rules.penalties.Culpability culpability, BigDecimal dutiableValue,
                                  BigDecimal lossOfRevenue, BigDecimal finalPenalty, BigDecimal costs) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        if (!SeizureStatute.S1592.text().equals(s.getStatute())) {
            throw new Problems.RuleViolation(caseNumber + " is a seizure under " + s.getStatute() + ", not 1592: the"
                    + " 1592(c)(14) security and the 1613(b) refund do not apply. Nothing was recorded.",
                    "19 U.S.C. 1592(c)(14), 1613(b)");
        }
        BigDecimal maximum = null;
        List<TraceStep> trace = new ArrayList<>();
        if (culpability != null) {
            Computation max = penaltyMaximums.maximum(new gov.fpf.rules.penalties.PenaltyFacts(gov.fpf.rules.penalties.PenaltyStatute.S1592,
                    culpability, s.getSeizureDate(), null, dutiableValue, s.getAppraisedValue(), lossOfRevenue, true,
                    false, null, null, 0, null, 0, 0, false), parameters, s.getSeizureDate());
            maximum = max.amount();
            trace.addAll(max.steps());
        }
        if (finalPenalty != null) {
            if (maximum != null && finalPenalty.compareTo(maximum) > 0) {
                throw new Problems.RuleViolation("The final penalty " + NoticeHtml.money(finalPenalty) + " is more than"
                        + " the 1592(c) maximum " + NoticeHtml.money(maximum) + ". Nothing was recorded.",
                        "19 U.S.C. 1592(c)");
            }
            trace.add(new TraceStep("Final 1592 penalty and costs", finalPenalty.add(costs == null ? BigDecimal.ZERO
                    : costs).toPlainString(), "the fund keeps these from the proceeds; the excess goes back to the"
                    + " violator", "19 U.S.C. 1613(b)", null));
        }
        s.penalty1592(culpability == null ? null : culpability.name(), dutiableValue, lossOfRevenue, maximum,
                finalPenalty, costs);
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.PENALTY_1592_RECORDED.name(), (culpability == null ? "" : culpability + ", maximum "
                + NoticeHtml.money(maximum)) + (finalPenalty == null ? "" : "; final penalty "
                + NoticeHtml.money(finalPenalty) + (costs == null ? "" : " and costs " + NoticeHtml.money(costs))));
    }
}
