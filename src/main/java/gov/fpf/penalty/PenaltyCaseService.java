package gov.fpf.penalty;

import gov.fpf.rules.penalties.Culpability;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.rules.Computation;
import static gov.fpf.casefile.StepValues.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.rules.TraceStep;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.Money;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.casefile.PaymentRepository;
import gov.fpf.casefile.PaymentTerms;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.party.ViolationRecord;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.LegalParameters;
import gov.fpf.system.Problems;
import gov.fpf.system.CurrentUser;

/**
 * Penalty cases (19 U.S.C. 1592, 1641, 1526(f), 1595a(b)): opening with the statutory maximum and the statute of
 * limitations, then every step PenaltyCaseProcess asks for. The law's arithmetic is in PenaltyMaximums,
 * PenaltyDeadlines and MitigationRules; this class stores what they compute, with its trace, and the notices.
 */
@Service
public class PenaltyCaseService implements PenaltyCaseSteps, PetitionFamily, PaymentTerms {

    /** What a payment on a penalty case pays (payment.applied_to). */
    public static final String APPLIED_TO_LOSS_OF_REVENUE = "LOSS_OF_REVENUE";
    public static final String APPLIED_TO_PENALTY = "PENALTY";

    static final String C_1592_D = "19 U.S.C. 1592(d)";
    static final String C_1526_F = "19 U.S.C. 1526(f)(2)-(3)";

    /** Referrals are followed up monthly and go to a supervisor after 90 days without a result (internal control). */
    static final String REFERRAL_FOLLOW_UP_CYCLE = "R/P30D";
    static final int REFERRAL_ESCALATION_DAYS = 90;

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final PenaltyCaseRepository penaltyCases;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final OfficeRepository offices;
    private final PenaltyMaximums maximums;
    private final PenaltyDeadlines deadlines;
    private final MitigationRules mitigationRules;
    private final GuidelineRanges guidelineRanges;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final PaymentRepository payments;
    private final Clock clock;
    private final OfficeCalendar calendar;

    PenaltyCaseService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, PenaltyCaseRepository penaltyCases,
                       PetitionRepository petitions, PetitionService petitionService, PartyService parties, OfficeAccess officeAccess,
                       OfficeRepository offices, PenaltyMaximums maximums, PenaltyDeadlines deadlines,
                       MitigationRules mitigationRules, GuidelineRanges guidelineRanges, LegalParameters parameters,
                       CaseWork caseWork, AuditLog auditLog, PaymentRepository payments, Clock clock,
                       OfficeCalendar calendar) {
        this.calendar = calendar;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.penaltyCases = penaltyCases;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.offices = offices;
        this.maximums = maximums;
        this.deadlines = deadlines;
        this.mitigationRules = mitigationRules;
        this.guidelineRanges = guidelineRanges;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.payments = payments;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ opening

    /** Opens a case in the caller's office and returns it as the caller sees it. */
    @Transactional
    public CaseView open(PenaltyCaseController.NewPenaltyCase r) {
        String caseNumber = open(r, officeAccess.officeForNewCase(r.officeCode()), false);
        return caseFiles.view(caseNumber);
    }

    /**
     * Opens the case, computes the maximum and the statute of limitations, and starts PenaltyCaseProcess, all in one
     * transaction. Returns the case number.
     */
    @Transactional
    public String open(PenaltyCaseController.NewPenaltyCase r, String officeCode, boolean demo) {
        Party party;
        try {
            party = parties.get(r.partyId());
        } catch (Problems.NotFound e) {
            throw new Problems.InvalidInput("partyId: there is no party with id " + r.partyId()
                    + ". Create the party with POST /api/v1/parties first.");
        }
        LocalDate today = calendar.today(officeCode);
        SeizureHistory history = seizureHistory(r, party.getId());
        PenaltyFacts facts = validatedFacts(r, history, today);
        Computation maximum = maximums.maximum(facts, parameters, today);
        Deadline sol = deadlines.statuteOfLimitations(facts);

        CaseFile caseFile = caseFiles.open(CaseFamily.PENALTY, officeCode, party.getId(), demo,
                facts.statute().citation() + (facts.culpability() == null ? "" : " " + facts.culpability())
                        + " case against " + party.getName() + "; statutory maximum " + NoticeHtml.money(maximum.amount())
                        + "; statute of limitations " + sol.due() + " (" + sol.citation() + ").");
        PenaltyCase penaltyCase = new PenaltyCase(caseFile.getId(), facts, r.merchandiseDescription(),
                r.entryNumbers() == null || r.entryNumbers().isEmpty() ? null
                        : String.join(", ", r.entryNumbers().stream().map(String::strip).toList()),
                r.materialFacts(), sol.due());
        List<TraceStep> trace = new ArrayList<>();
        if (facts.statute() == PenaltyStatute.S1526F) {
            penaltyCase.seizureHistory(history.onRecord(), history.addedReason(), history.addedBy());
            trace.add(history.trace());
            if (history.event() != null) {
                auditLog.caseEvent(caseFile.getCaseNumber(), "SEIZURE_HISTORY", history.event(), history.addedReason());
            }
        }
        penaltyCases.save(penaltyCase);
        trace.addAll(maximum.steps());
        BigDecimal lorDemand = maximums.lossOfRevenueDemand(facts);
        if (lorDemand != null && lorDemand.signum() > 0) {
            BigDecimal toRestore = maximums.lossOfRevenueToRestore(facts);
            trace.add(new TraceStep("Loss of revenue demanded in addition", toRestore.toPlainString(),
                    "the lost duties, taxes and fees are restored whether or not a penalty is assessed"
                            + (toRestore.compareTo(lorDemand) == 0 ? "" : "; loss of " + NoticeHtml.money(lorDemand)
                            + " less the " + NoticeHtml.money(facts.tenderOrNone().tenderAmount()) + " already tendered")
                            + "; the case is paid only when this and the penalty are paid", C_1592_D, null));
        }
        if (facts.statute() == PenaltyStatute.S1592 && facts.dutiableValue() != null && lorDemand != null
                && lorDemand.compareTo(facts.dutiableValue()) > 0) {
            trace.add(new TraceStep("Loss of revenue above the dutiable value", lorDemand.toPlainString(),
                    "accepted: duties, taxes and fees (antidumping and countervailing duties, stacked additional duties)"
                            + " can exceed the dutiable value " + NoticeHtml.money(facts.dutiableValue())
                            + "; the maxima still follow the statute", "19 U.S.C. 1592(c)(2)(A)(ii), (d)", null));
        }
        trace.add(sol.trace());
        caseFiles.recordOpeningComputation(caseFile, maximum.amount(), DeadlineNames.STATUTE_OF_LIMITATIONS, sol.trigger(),
                sol.due(), sol.citation(), trace);
        Map<String, Object> start = displayedFacts(facts, maximum.amount());
        start.put(PenaltyCaseProcess.VAR_SOL_DATE, calendar.dayBegins(sol.due(), officeCode));
        // the case number is the process's business key: the case and its process find each other through it
        caseWork.startCase(PenaltyCaseProcess.KEY, caseFile.getCaseNumber(), officeCode, start);
        return caseFile.getCaseNumber();
    }

    /** What the task forms show beside the decision they ask for (references and a few values, not the case file). */
    private static Map<String, Object> displayedFacts(PenaltyFacts facts, BigDecimal maximum) {
        Map<String, Object> shown = new HashMap<>();
        shown.put("statute", facts.statute().citation());
        shown.put("violationDate", facts.violationDate().toString());
        shown.put("dutiableValue", ProcessVariables.number(facts.dutiableValue()));
        shown.put("lossOfRevenue", ProcessVariables.number(facts.lossOfRevenue()));
        shown.put("statutoryMaximum", ProcessVariables.number(maximum));
        return shown;
    }

    /**
     * 19 U.S.C. 1526(f)(2)-(3): whether this is a first or a later seizure comes from the party's own record: every
     * earlier 1526(f) finding against the party counts. The officer may add seizures the system does not hold (with
     * a reason, recorded with the officer's name) but never count fewer than the record: a lower figure is overridden
     * and the trace says so.
     */
    record SeizureHistory(int onRecord, int used, String addedReason, String addedBy, String event, TraceStep trace) {
    }

    private SeizureHistory seizureHistory(PenaltyCaseController.NewPenaltyCase r, long partyId) {
        if (!PenaltyStatute.S1526F.json().equals(r.statute())) {
            if (r.priorCounterfeitSeizuresReason() != null && !r.priorCounterfeitSeizuresReason().isBlank()) {
                throw new Problems.InvalidInput("priorCounterfeitSeizuresReason: applies to 1526(f) cases only.");
            }
            return new SeizureHistory(0, r.priorCounterfeitSeizures() == null ? 0 : r.priorCounterfeitSeizures(), null,
                    null, null, null);
        }
        List<ViolationRecord> record = parties.violations(partyId).stream()
                .filter(v -> PenaltyStatute.S1526F.json().equals(v.getStatute())).toList();
        int onRecord = record.size();
        String cases = record.isEmpty() ? "none" : String.join(", ", record.stream()
                .map(v -> (v.getCaseNumber() == null ? "finding" : v.getCaseNumber()) + " of " + v.getFindingDate()).toList());
        Integer claimed = r.priorCounterfeitSeizures();
        String reason = r.priorCounterfeitSeizuresReason() == null || r.priorCounterfeitSeizuresReason().isBlank()
                ? null : r.priorCounterfeitSeizuresReason().strip();
        if (claimed == null || claimed == onRecord) {
            if (reason != null) {
                throw new Problems.InvalidInput("priorCounterfeitSeizuresReason: give a reason only when you add"
                        + " earlier seizures the party's record (" + onRecord + ") does not show.");
            }
            return new SeizureHistory(onRecord, onRecord, null, null, null, new TraceStep("Earlier 1526(f) seizures",
                    String.valueOf(onRecord), "from the party's record of 1526(f) findings: " + cases, C_1526_F, null));
        }
        if (claimed < onRecord) {
            String why = "the officer entered " + claimed + " earlier seizure(s) but the party's record shows " + onRecord
                    + " (" + cases + "); the record's " + onRecord + " is used: the history is never lowered";
            return new SeizureHistory(onRecord, onRecord, null, null, "Earlier 1526(f) seizures: " + why,
                    new TraceStep("Earlier 1526(f) seizures (entry overridden)", String.valueOf(onRecord), why, C_1526_F, null));
        }
        if (reason == null) {
            throw new Problems.InvalidInput("priorCounterfeitSeizuresReason: the party's record shows " + onRecord
                    + " earlier 1526(f) seizure(s); to count " + claimed + ", say where the others are recorded.");
        }
        String who = CurrentUser.id();
        String why = onRecord + " on the party's record (" + cases + ") and " + (claimed - onRecord) + " added by " + who
                + ": " + reason;
        return new SeizureHistory(onRecord, claimed, reason, who, "Earlier 1526(f) seizures: " + why,
                new TraceStep("Earlier 1526(f) seizures (history added)", String.valueOf(claimed), why, C_1526_F, null));
    }

    private PenaltyFacts validatedFacts(PenaltyCaseController.NewPenaltyCase r, SeizureHistory history,
                                      LocalDate today) {
        PenaltyStatute statute = PenaltyStatute.fromJson(r.statute());
        if (r.discoveryDate().isBefore(r.violationDate())) {
            throw new Problems.InvalidInput("discoveryDate " + r.discoveryDate() + " is before violationDate "
                    + r.violationDate() + "; a violation is discovered on or after the day it happens.");
        }
        if (r.violationDate().isAfter(today) || r.discoveryDate().isAfter(today)) {
            throw new Problems.InvalidInput("violationDate and discoveryDate cannot be in the future.");
        }
        switch (statute) {
            case S1592 -> {
                require(r.culpability() != null, "culpability: a 1592 case needs NEGLIGENCE, GROSS_NEGLIGENCE or FRAUD.");
                require(r.dutiableValue() != null, "dutiableValue: a 1592 case needs the dutiable value.");
                require(r.domesticValue() != null, "domesticValue: a 1592 case needs the domestic value.");
                require(r.lossOfRevenue() != null, "lossOfRevenue: a 1592 case needs the loss of revenue (0 when duties were not affected).");
                // a loss of revenue above the dutiable value is lawful (AD/CVD, stacked duties): no upper bound here
            }
            case S1641 -> {
                require(r.licensedBroker() != null, "licensedBroker: say whether the person is a licensed broker (1641(d)) or not (1641(b)(6)).");
                if (r.licensedBroker()) {
                    require(r.brokerViolations() != null && r.brokerViolations() > 0, "brokerViolations: a licensed broker case needs the number of violations (1 or more).");
                } else {
                    require(r.unlicensedTransactions() != null && r.unlicensedTransactions() > 0, "unlicensedTransactions: an unlicensed-broker case needs the number of transactions (1 or more).");
                }
            }
            case S1526F -> require(r.msrpValue() != null && r.msrpValue().signum() > 0,
                    "msrpValue: a 1526(f) case needs the value the goods would have if genuine (MSRP).");
            case S1595A -> require(r.articleValue() != null && r.articleValue().signum() > 0,
                    "articleValue: a 1595a(b) case needs the value of the articles.");
        }
        if (statute != PenaltyStatute.S1592 && statute != PenaltyStatute.S1641 && r.culpability() != null) {
            throw new Problems.InvalidInput("culpability: applies to 1592 (and 1641) cases only.");
        }
        if (r.priorDisclosureInterest() != null && !Boolean.TRUE.equals(r.priorDisclosure())) {
            throw new Problems.InvalidInput("priorDisclosureInterest: only with priorDisclosure true.");
        }
        PenaltyFacts.Tender tender = validatedTender(r, today);
        return new PenaltyFacts(statute, r.culpability(), r.violationDate(), r.discoveryDate(), r.dutiableValue(),
                r.domesticValue(), r.lossOfRevenue(), r.commercial(), Boolean.TRUE.equals(r.priorDisclosure()),
                r.priorDisclosureInterest(), r.msrpValue(), history.used(),
                r.articleValue(), r.brokerViolations() == null ? 0 : r.brokerViolations(),
                r.unlicensedTransactions() == null ? 0 : r.unlicensedTransactions(), Boolean.TRUE.equals(r.licensedBroker()),
                tender);
    }

    /** 1592(c)(4): the disclosure, calculation-notice and tender facts, only with a prior disclosure; null if none. */
    private static PenaltyFacts.Tender validatedTender(PenaltyCaseController.NewPenaltyCase r, LocalDate today) {
        boolean any = r.disclosureDate() != null || r.lorCalculationNoticeDate() != null || r.tenderDate() != null
                || r.tenderAmount() != null;
        if (!any) {
            return null;
        }
        if (!Boolean.TRUE.equals(r.priorDisclosure())) {
            throw new Problems.InvalidInput("disclosureDate, lorCalculationNoticeDate, tenderDate, tenderAmount: only"
                    + " with priorDisclosure true (19 U.S.C. 1592(c)(4)).");
        }
        if ((r.tenderDate() == null) != (r.tenderAmount() == null)) {
            throw new Problems.InvalidInput("tenderDate and tenderAmount: give both (when and how much was tendered) or"
                    + " neither.");
        }
        for (LocalDate d : new LocalDate[] {r.disclosureDate(), r.lorCalculationNoticeDate(), r.tenderDate()}) {
            if (d != null && d.isAfter(today)) {
                throw new Problems.InvalidInput("disclosureDate, lorCalculationNoticeDate and tenderDate cannot be in the future.");
            }
        }
        if (r.disclosureDate() != null && r.lorCalculationNoticeDate() != null
                && r.lorCalculationNoticeDate().isBefore(r.disclosureDate())) {
            throw new Problems.InvalidInput("lorCalculationNoticeDate " + r.lorCalculationNoticeDate() + " is before"
                    + " disclosureDate " + r.disclosureDate() + "; CBP calculates the loss after the disclosure.");
        }
        return new PenaltyFacts.Tender(r.disclosureDate(), r.lorCalculationNoticeDate(), r.tenderDate(), r.tenderAmount());
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new Problems.InvalidInput(detail);
        }
    }

    // ------------------------------------------------------------------------------------------ process steps

    @Override
    @Transactional
    public Map<String, Object> checkStatuteOfLimitations(String caseNumber, Map<String, Object> variables) {
        // opening passes the date it just computed; otherwise (a migrated or restarted case) read it from the file
        CaseFile c = caseFile(caseNumber);
        LocalDate solDate = variables.get(PenaltyCaseProcess.VAR_SOL_DATE) instanceof Date d
                ? calendar.dayOf(d, c.getOfficeCode())
                : penaltyCase(c).getSolDate();
        if (deadlines.expired(today(c), solDate)) {
            auditLog.caseEvent(caseNumber, "SOL_EXPIRED", "The statute of limitations ran on " + solDate
                    + " (19 U.S.C. 1621) before the case was opened.");
            return Map.of(PenaltyCaseProcess.VAR_SOL_EXPIRED, true, PenaltyCaseProcess.VAR_SOL_DATE, begins(c, solDate));
        }
        Map<String, Object> result = new HashMap<>(solGuardVariables(c, solDate));
        result.put(PenaltyCaseProcess.VAR_SOL_EXPIRED, false);
        return result;
    }

    /** The limitation date and its guards are days on which something is due, so their timers fire when the day begins. */
    private Map<String, Object> solGuardVariables(CaseFile c, LocalDate solDate) {
        PenaltyDeadlines.SolGuard guard = deadlines.solGuard(solDate);
        return Map.of(PenaltyCaseProcess.VAR_SOL_DATE, begins(c, solDate),
                PenaltyCaseProcess.VAR_SOL_WARNING_24_DATE, begins(c, guard.firstWarning().due()),
                PenaltyCaseProcess.VAR_SOL_WARNING_12_DATE, begins(c, guard.secondWarning().due()),
                PenaltyCaseProcess.VAR_SOL_COUNSEL_DATE, begins(c, guard.counselDecision().due()));
    }

    /** The culpability the officer confirmed in the form: one of the enum's names as text, nothing else. */
    private static Culpability culpability(Object confirmed) {
        if (confirmed instanceof String name) {
            for (Culpability c : Culpability.values()) {
                if (c.name().equals(name.strip())) {
                    return c;
                }
            }
        }
        throw new Problems.InvalidInput("culpability: '" + confirmed + "' is not one of "
                + java.util.Arrays.toString(Culpability.values()) + ".");
    }

    @Override
    @Transactional
    public Map<String, Object> assessAmount(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        Culpability culpability = p.getCulpability();
        Object confirmed = variables.get(PenaltyCaseProcess.VAR_CULPABILITY);
        if (confirmed != null && !confirmed.toString().isBlank() && p.getStatute() == PenaltyStatute.S1592) {
            culpability = culpability(confirmed);
        }
        BigDecimal proposed = Money.dollars(variables.get(PenaltyCaseProcess.VAR_PROPOSED_AMOUNT), "proposedAmount");
        LocalDate today = today(c);
        PenaltyFacts facts = p.facts().withCulpability(culpability);
        Computation maximum = maximums.maximum(facts, parameters, today);
        if (proposed.signum() <= 0 || proposed.compareTo(maximum.amount()) > 0) {
            throw new Problems.RuleViolation("The proposed penalty " + NoticeHtml.money(proposed) + " must be more than $0"
                    + " and at most the statutory maximum " + NoticeHtml.money(maximum.amount()) + ".", facts.statute().citation());
        }
        boolean ppnRequired = maximums.ppnRequired(facts.statute(), facts.commercial(), proposed, parameters, today);
        p.propose(culpability, proposed, text(variables.get(PenaltyCaseProcess.VAR_AMOUNT_RATIONALE)), ppnRequired);
        if (culpability != p.facts().culpability() || !maximum.amount().equals(c.getMaximumAmount())) {
            caseFiles.recordAmounts(c, maximum.amount(), null, null);
            caseFiles.addComputation(c, maximum.steps());
        }
        List<TraceStep> proposal = new ArrayList<>();
        proposal.add(new TraceStep("Proposed penalty", proposed.toPlainString(),
                "officer's proposal within the statutory maximum; pre-penalty notice "
                        + PenaltyMaximums.ppnReason(facts.statute(), ppnRequired),
                PenaltyMaximums.ppnCitation(facts.statute()), null));
        // App. B (E)(1)(b)(i): a fraud pre-penalty notice is for the domestic value (the fraud maximum); less needs
        // Headquarters Penalties Branch approval, whatever the amount
        boolean hqApproval = culpability == Culpability.FRAUD && ppnRequired && proposed.compareTo(maximum.amount()) < 0;
        if (hqApproval) {
            proposal.add(new TraceStep("Headquarters approval required", proposed.toPlainString(),
                    "a fraud pre-penalty notice proposing less than the fraud maximum " + NoticeHtml.money(maximum.amount())
                            + " (domestic value) goes to Headquarters for approval before it is issued",
                    "19 CFR Part 171 App. B (E)(1)(b)(i)", null));
        }
        caseFiles.addComputation(c, proposal);
        auditLog.caseEvent(caseNumber, "PENALTY_PROPOSED", (culpability == null ? "" : culpability + ": ")
                + NoticeHtml.money(proposed), p.getProposalRationale());
        return Map.of(PenaltyCaseProcess.VAR_PPN_REQUIRED, ppnRequired,
                PenaltyCaseProcess.VAR_FRAUD, culpability == Culpability.FRAUD,
                PenaltyCaseProcess.VAR_HQ_APPROVAL_REQUIRED, hqApproval,
                "statutoryMaximum", ProcessVariables.number(maximum.amount()));
    }

    @Override
    @Transactional
    public void recordHeadquartersPpnDecision(String caseNumber, String decision, String comment,
                                             Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        switch (decision) {
            case PenaltyCaseProcess.REVIEW_APPROVED -> {
                auditLog.caseEvent(caseNumber, "HQ_PPN_APPROVED", "Headquarters approved the fraud pre-penalty notice"
                        + " for " + NoticeHtml.money(p.getProposedAmount()) + ", below domestic value"
                        + " (19 CFR Part 171 App. B (E)(1)(b)(i))", comment);
                caseFiles.addComputation(c, List.of(new TraceStep("Headquarters approval", p.getProposedAmount().toPlainString(),
                        "fraud pre-penalty notice below domestic value approved by " + CurrentUser.id(),
                        "19 CFR Part 171 App. B (E)(1)(b)(i)", null)));
            }
            case PenaltyCaseProcess.REVIEW_RETURNED -> {
                if (comment == null || comment.isBlank()) {
                    throw new Problems.InvalidInput(PenaltyCaseProcess.VAR_HQ_PPN_COMMENT
                            + ": say why the proposal goes back to the officer.");
                }
                auditLog.caseEvent(caseNumber, "HQ_PPN_RETURNED", "Headquarters returned the fraud pre-penalty notice"
                        + " for " + NoticeHtml.money(p.getProposedAmount()) + " to the officer", comment);
            }
            default -> throw new Problems.InvalidInput(PenaltyCaseProcess.VAR_HQ_PPN_DECISION + ": '" + decision
                    + "' is not APPROVED or RETURNED.");
        }
    }

    @Override
    @Transactional
    public Map<String, Object> issuePrePenaltyNotice(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        LocalDate mailed = today(c);
        boolean shorten = deadlines.ppnResponseShortened(p.getStatute(), mailed, p.getSolDate());
        Deadline due = deadlines.ppnResponseDue(p.getStatute(), mailed, p.getSolDate(), shorten);
        p.ppnMailed(mailed);
        caseFiles.storeNotice(c, PenaltyNotices.PRE_PENALTY_NOTICE, "Pre-penalty notice", mailed,
                PenaltyNotices.prePenaltyNotice(c, p, addressee(c), mailed, due, shorten, parameters));
        caseFiles.addDeadline(c, DeadlineNames.PPN_RESPONSE, mailed, due.due(), due.citation());
        caseFiles.addComputation(c, List.of(due.trace()));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "pre-penalty notice mailed");
        return Map.of(PenaltyCaseProcess.VAR_PPN_RESPONSE_DUE_DATE, closes(c, due.due()));
    }

    @Override
    @Transactional
    public Map<String, Object> issueNoViolationStatement(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        String reason = text(variables.get(PenaltyCaseProcess.VAR_REPRESENTATIONS_FINDINGS));
        p.representationsReviewed(PenaltyCaseProcess.REPRESENTATIONS_NO_VIOLATION, null);
        caseFiles.closeDeadline(c, DeadlineNames.PPN_RESPONSE, CaseDeadline.MET);
        caseFiles.storeNotice(c, PenaltyNotices.NO_VIOLATION_STATEMENT, "Statement of no violation", today(c),
                PenaltyNotices.noViolationStatement(c, p, addressee(c), today(c), reason));
        return Map.of();
    }

    @Override
    @Transactional
    public Map<String, Object> issuePenaltyNotice(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        BigDecimal ppnAmount = Boolean.TRUE.equals(p.getPpnRequired()) ? p.getProposedAmount() : null;
        Object outcome = variables.get(PenaltyCaseProcess.VAR_REPRESENTATIONS_OUTCOME);
        if (outcome != null && ppnAmount != null) {
            BigDecimal reduced = PenaltyCaseProcess.REPRESENTATIONS_REDUCED_AMOUNT.equals(outcome.toString())
                    ? Money.dollars(variables.get(PenaltyCaseProcess.VAR_REDUCED_AMOUNT), "reducedAmount") : null;
            if (reduced != null && (reduced.signum() <= 0 || reduced.compareTo(ppnAmount) >= 0)) {
                throw new Problems.RuleViolation("A reduced amount must be more than $0 and less than the "
                        + NoticeHtml.money(ppnAmount) + " of the pre-penalty notice.", "19 U.S.C. 1592(b)(2)");
            }
            p.representationsReviewed(outcome.toString(), reduced);
            caseFiles.closeDeadline(c, DeadlineNames.PPN_RESPONSE, CaseDeadline.MET);
        }
        BigDecimal assessed = p.getProposedAmount();
        LocalDate mailed = today(c);
        boolean shortened = deadlines.lessThan180DaysLeft(mailed, p.getSolDate());
        Deadline petitionDue = deadlines.petitionDue(mailed, p.getSolDate());
        MitigationRules.FloorCheck floor = mitigationRules.floorInForce(assessed, mailed, parameters).orElse(null);
        p.noticeMailed(mailed);
        caseFiles.recordAssessedAndFloor(c, assessed, floor == null ? null : floor.floor());
        List<TraceStep> trace = new ArrayList<>();
        trace.add(new TraceStep("Assessed penalty (penalty notice)", assessed.toPlainString(),
                "the amount claimed in the penalty notice", "19 U.S.C. 1592(b)(2); 19 CFR 162.79a", null));
        if (floor != null) {
            trace.addAll(floor.steps());
        }
        trace.add(petitionDue.trace());
        caseFiles.addComputation(c, trace);
        caseFiles.storeNotice(c, PenaltyNotices.PENALTY_NOTICE, "Notice of penalty (CBP Form 5955A)", mailed,
                PenaltyNotices.penaltyNotice(c, p, addressee(c), mailed, assessed, ppnAmount, petitionDue, shortened,
                        lossOfRevenueToRestore(p), parameters));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "penalty notice mailed");
        return Map.of(PenaltyCaseProcess.VAR_PETITION_DUE_DATE, closes(c, petitionDue.due()),
                "assessedAmount", ProcessVariables.number(assessed));
    }

    @Override
    @Transactional
    public Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        Petition petition = petitions.ofProcess(variables);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, (supplemental ? "supplemental " : "") + "petition "
                + petition.getId() + " under review");
        Map<String, Object> result = new HashMap<>();
        result.put(PenaltyCaseProcess.VAR_PETITION_TIMELY, petition.isTimely());
        boolean waiver = supplemental && deadlines.waiverRequired(petition.getFiledDate(), p.getSolDate());
        result.put(PenaltyCaseProcess.VAR_WAIVER_REQUIRED, waiver);
        if (waiver) {
            auditLog.caseEvent(caseNumber, "SOL_WAIVER_REQUIRED", "Supplemental petition filed " + petition.getFiledDate()
                    + " with less than a year before the statute of limitations (" + p.getSolDate()
                    + "): a waiver must be requested (19 CFR 171.64).");
        }
        return result;
    }

    @Override
    @Transactional
    public Map<String, Object> issueDecision(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        Petition petition = petitions.ofProcess(variables);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = today(c);
        Deadline validUntil = deadlines.decisionValidUntil(notice);
        Deadline supplementalDue = deadlines.supplementalPetitionDue(notice, null);
        caseFiles.recordDecidedAmount(c, petition.getDecidedAmount(), petition.getOutcome() + " on petition " + petition.getId());
        String repeatReason = petition.getOutcome() == Petition.Outcome.CANCEL ? null : petitionService.repeatOffenderReason(c);
        caseFiles.storeNotice(c, PenaltyNotices.DECISION_LETTER, "Decision on petition", notice,
                PenaltyNotices.decisionLetter(c, p, addressee(c), notice, petition, c.getAssessedAmount(),
                        petition.getDecidedAmount(), validUntil, supplementalDue, repeatReason,
                        lossOfRevenueOutstanding(c, p)));
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, CaseDeadline.MET);
        caseFiles.closeDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, CaseDeadline.MET);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, CaseDeadline.MET);
        caseFiles.addComputation(c, List.of(validUntil.trace(), supplementalDue.trace()));
        if (petition.getDecidedAmount().signum() == 0) {
            caseFiles.changeStatus(c, CaseStatus.DECIDED, "penalty cancelled on petition");
            return Map.of();
        }
        caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
        caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(), supplementalDue.citation());
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "decision on petition " + petition.getId() + " issued");
        return Map.of(PenaltyCaseProcess.VAR_DECISION_VALID_UNTIL, closes(c, validUntil.due()),
                PenaltyCaseProcess.VAR_SUPPLEMENTAL_DUE_DATE, closes(c, supplementalDue.due()));
    }

    @Override
    @Transactional
    public Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        Object trigger = variables.get(PenaltyCaseProcess.VAR_REFERRAL_TRIGGER);
        BigDecimal penalty = c.getDecidedAmount() != null ? c.getDecidedAmount() : c.getAssessedAmount();
        BigDecimal lorOpen = lossOfRevenueOutstanding(c, p);
        String reason = "Collection of the penalty of " + NoticeHtml.money(penalty)
                + (lorOpen.signum() > 0 ? " and of the unpaid loss of duties, taxes and fees of " + NoticeHtml.money(lorOpen)
                + " (19 U.S.C. 1592(d))" : "")
                + (trigger == null ? "" : " (" + trigger + ")");
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        return Map.of(PenaltyCaseProcess.VAR_REFERRAL_REASON, reason,
                PenaltyCaseProcess.VAR_FOLLOW_UP_CYCLE, REFERRAL_FOLLOW_UP_CYCLE,
                PenaltyCaseProcess.VAR_REFERRAL_ESCALATION_DATE, begins(c, today(c).plusDays(REFERRAL_ESCALATION_DAYS)));
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, String outcome, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + outcome);
        // EO 14411 Sec. 4(c): only a final finding of culpability goes on the party's record (a paid penalty notice or
        // a decided and paid penalty); a referral for collection and an offer in compromise (1617) are not findings
        gov.fpf.party.FindingKind finding = switch (outcome) {
            case PenaltyCaseProcess.OUTCOME_PAID -> gov.fpf.party.FindingKind.PENALTY_PAID;
            case PenaltyCaseProcess.OUTCOME_DECIDED_PAID -> gov.fpf.party.FindingKind.PENALTY_DECIDED;
            default -> null;
        };
        if (finding != null && c.getPartyId() != null) {
            parties.recordFinding(c.getPartyId(), p.getStatute().json(), today(c), caseNumber, finding,
                    "Case closed " + outcome + " with a finding of violation");
        }
    }

    @Override
    @Transactional
    public void recordSolWarning(String caseNumber, String warning, Map<String, Object> variables) {
        PenaltyCase p = penaltyCase(caseNumber);
        auditLog.caseEvent(caseNumber, "SOL_WARNING", warning.replace('_', ' ') + " left before the statute of"
                + " limitations runs on " + p.getSolDate() + " (19 U.S.C. 1621)");
    }

    @Override
    @Transactional
    public Map<String, Object> recordSolDecision(String caseNumber, String decision, LocalDate newSolDate, String reason,
                                                 Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        PenaltyCase p = penaltyCase(c);
        switch (decision) {
            case PenaltyCaseProcess.SOL_DECISION_WAIVER_OBTAINED -> {
                if (newSolDate == null || !newSolDate.isAfter(p.getSolDate())) {
                    throw new Problems.RuleViolation("A waiver needs the new limitation date, after the current "
                            + p.getSolDate() + ".", "19 CFR 171.64");
                }
                caseFiles.closeDeadline(c, DeadlineNames.STATUTE_OF_LIMITATIONS, "WAIVED");
                caseFiles.addDeadline(c, DeadlineNames.STATUTE_OF_LIMITATIONS, p.getSolDate(), newSolDate,
                        "19 CFR 171.64 (waiver)");
                auditLog.caseEvent(caseNumber, "SOL_WAIVER_OBTAINED", "statute of limitations waived to " + newSolDate, reason);
                p.extendStatuteOfLimitations(newSolDate);
                return solGuardVariables(c, newSolDate);
            }
            case PenaltyCaseProcess.SOL_DECISION_WRITTEN_REASON -> {
                if (reason == null || reason.isBlank()) {
                    throw new Problems.InvalidInput("solDecisionReason: a written reason is required.");
                }
                auditLog.caseEvent(caseNumber, "SOL_DECISION", "no action before the statute of limitations", reason);
            }
            default -> auditLog.caseEvent(caseNumber, "SOL_DECISION", decision, reason);
        }
        return Map.of();
    }

    // ------------------------------------------------------------------------------------------ petition family

    @Override
    public CaseFamily family() {
        return CaseFamily.PENALTY;
    }

    @Override
    public Optional<PetitionEntry> latePetitionEntry() {
        return Optional.of(new PetitionEntry(PenaltyCaseProcess.KEY, PenaltyCaseProcess.TASK_RECORD_PETITION_RECEIVED));
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the violation date of the penalty case */
    @Override
    public java.time.LocalDate violationDate(CaseFile caseFile) {
        return penaltyCase(caseFile).getViolationDate();
    }

    @Override
    public String statute(CaseFile caseFile) {
        return penaltyCase(caseFile).getStatute().json();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        PenaltyCase p = penaltyCase(caseFile);
        return p.getStatute() == PenaltyStatute.S1592 ? guidelineRanges.range(p.facts()) : null;
    }

    // ------------------------------------------------------------------------------------------ payments (1592(d))

    /**
     * 1592(d): what of the loss of revenue the case collects (the loss less any prior-disclosure tender); 0 for the
     * other statutes.
     */
    BigDecimal lossOfRevenueToRestore(PenaltyCase p) {
        return maximums.lossOfRevenueToRestore(p.facts());
    }

    /** What of the loss of revenue is still unpaid on the case. */
    BigDecimal lossOfRevenueOutstanding(CaseFile c, PenaltyCase p) {
        BigDecimal paid = payments.totalPaidFor(c.getId(), APPLIED_TO_LOSS_OF_REVENUE);
        return lossOfRevenueToRestore(p).subtract(paid).max(BigDecimal.ZERO);
    }

    /**
     * The penalty (the decided amount once there is a decision, else the assessed penalty) plus the loss of revenue
     * to restore (1592(d)): the case is paid in full only when both are. Null before a penalty is assessed.
     */
    @Override
    public BigDecimal amountDue(CaseFile caseFile, LocalDate paidDate) {
        BigDecimal penalty = caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount();
        if (penalty == null) {
            return null;
        }
        return penalty.add(lossOfRevenueToRestore(penaltyCase(caseFile)));
    }

    /**
     * Money received restores the loss of revenue first, then pays the penalty. The loss is owed whether or not a
     * penalty is assessed (1592(d)) and every mitigation is conditioned on its payment (App. B (F)(1)), so applying
     * money to the penalty while the loss is open would leave the party with a mitigated decision it cannot keep.
     */
    @Override
    public List<Portion> apply(CaseFile caseFile, BigDecimal amount) {
        BigDecimal lorOpen = lossOfRevenueOutstanding(caseFile, penaltyCase(caseFile));
        BigDecimal toLor = amount.min(lorOpen);
        List<Portion> portions = new ArrayList<>();
        if (toLor.signum() > 0) {
            portions.add(new Portion(APPLIED_TO_LOSS_OF_REVENUE, toLor));
        }
        if (amount.compareTo(toLor) > 0) {
            portions.add(new Portion(APPLIED_TO_PENALTY, amount.subtract(toLor)));
        }
        return portions;
    }

    @Override
    public List<Balance> balances(CaseFile caseFile) {
        PenaltyCase p = penaltyCase(caseFile);
        List<Balance> balances = new ArrayList<>();
        BigDecimal lor = lossOfRevenueToRestore(p);
        BigDecimal total = payments.totalPaid(caseFile.getId());
        BigDecimal lorPaid = payments.totalPaidFor(caseFile.getId(), APPLIED_TO_LOSS_OF_REVENUE);
        if (lor.signum() > 0) {
            balances.add(new Balance(APPLIED_TO_LOSS_OF_REVENUE, lor, lorPaid, lor.subtract(lorPaid).max(BigDecimal.ZERO),
                    C_1592_D));
        }
        BigDecimal penalty = caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount();
        BigDecimal penaltyPaid = total.subtract(lorPaid);
        balances.add(new Balance(APPLIED_TO_PENALTY, penalty, penaltyPaid,
                penalty == null ? null : penalty.subtract(penaltyPaid).max(BigDecimal.ZERO), p.getStatute().citation()));
        return balances;
    }

    // ------------------------------------------------------------------------------------------ the case's facts

    /** GET /api/v1/penalty-cases/{caseNumber}: the facts, all entry numbers and both debts of the case. */
    public record PenaltyCaseView(String caseNumber, String statute, String culpability, LocalDate violationDate,
                                  LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                                  BigDecimal lossOfRevenue, boolean priorDisclosure, LocalDate disclosureDate,
                                  LocalDate lorCalculationNoticeDate, LocalDate tenderDate, BigDecimal tenderAmount,
                                  Integer priorCounterfeitSeizures, Integer priorCounterfeitSeizuresOnRecord,
                                  String priorCounterfeitSeizuresAddedBy, String priorCounterfeitSeizuresAddedReason,
                                  List<String> entryNumbers, BigDecimal proposedAmount, Boolean ppnRequired,
                                  List<Balance> balances) {
    }

    @Transactional(readOnly = true)
    public PenaltyCaseView view(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches("\\d{4}-[A-Z]{3}-\\d{6}")) {
            throw new Problems.InvalidInput("'" + caseNumber + "' is not a case number; case numbers look like 2026-PEN-000123.");
        }
        CaseFile c = caseFiles.visibleCase(caseNumber);
        if (c.getFamily() != CaseFamily.PENALTY) {
            throw new Problems.NotFound(caseNumber + " is not a penalty case.");
        }
        PenaltyCase p = penaltyCase(c);
        PenaltyFacts f = p.facts();
        PenaltyFacts.Tender t = f.tenderOrNone();
        return new PenaltyCaseView(c.getCaseNumber(), p.getStatute().json(),
                p.getCulpability() == null ? null : p.getCulpability().name(), p.getViolationDate(), p.getDiscoveryDate(),
                f.dutiableValue(), f.domesticValue(), p.getLossOfRevenue(), f.priorDisclosure(), t.disclosureDate(),
                t.calculationNoticeDate(), t.tenderDate(), t.tenderAmount(),
                p.getStatute() == PenaltyStatute.S1526F ? f.priorCounterfeitSeizures() : null,
                p.getPriorSeizuresOnRecord(), p.getPriorSeizuresAddedBy(), p.getPriorSeizuresAddedReason(),
                p.entryNumberList(), p.getProposedAmount(), p.getPpnRequired(), balances(c));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Today at the case's office (its calendar gives legal dates). */
    private LocalDate today(CaseFile c) {
        return calendar.today(c.getOfficeCode());
    }

    /** The timer of a period whose last lawful day is {@code lastDay}: it closes when that day ends at the office. */
    private Date closes(CaseFile c, LocalDate lastDay) {
        return calendar.periodCloses(lastDay, c.getOfficeCode());
    }

    /** The timer of a warning or guard date: when that day begins at the office. */
    private Date begins(CaseFile c, LocalDate day) {
        return calendar.dayBegins(day, c.getOfficeCode());
    }
    private CaseFile caseFile(String caseNumber) {
        return caseFileRepository.ofProcess(caseNumber);
    }

    private PenaltyCase penaltyCase(String caseNumber) {
        return penaltyCase(caseFile(caseNumber));
    }

    private PenaltyCase penaltyCase(CaseFile c) {
        return penaltyCases.findById(c.getId())
                .orElseThrow(() -> new IllegalStateException("Case " + c.getCaseNumber() + " is not a penalty case"));
    }

    private PenaltyNotices.Addressee addressee(CaseFile c) {
        String party = c.getPartyId() == null ? "the party" : parties.get(c.getPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new PenaltyNotices.Addressee(party, office);
    }


}
