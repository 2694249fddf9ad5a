package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.broker.BrokerLinks;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.casefile.PaymentTerms;
import gov.fpf.foreignior.ForeignIorRules;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.party.ViolationRecord;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.BrokerMaximum;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Penalty cases (19 U.S.C. 1592, 1641, 1526(f), 1595a(b)) as the API opens and shows them: intake validates the
 * facts, computes the statutory maximum and the statute of limitations, stores both with their trace and starts
 * PenaltyCaseProcess. The model's steps are in {@link PenaltySteps}, the petition adapter in
 * {@link PenaltyPetitionFamily}, what is owed in {@link PenaltyPaymentTerms}.
 */
@Service
public class PenaltyCaseService {

    static final String C_1592_D = PenaltyPaymentTerms.C_1592_D;
    static final String C_1526_F = "19 U.S.C. 1526(f)(2)-(3)";

    private final CaseFileService caseFiles;
    private final PenaltyCaseRepository penaltyCases;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final PenaltyMaximums maximums;
    private final PenaltyDeadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final OfficeCalendar calendar;
    private final PenaltyPaymentTerms paymentTerms;
    private final BrokerLinks brokerLinks;
    private final EoRules eoRules;
    private final ForeignIorRules foreignIor;

    PenaltyCaseService(CaseFileService caseFiles, PenaltyCaseRepository penaltyCases, PartyService parties,
                       OfficeAccess officeAccess, PenaltyMaximums maximums, PenaltyDeadlines deadlines,
                       LegalParameters parameters, CaseWork caseWork, AuditLog auditLog, OfficeCalendar calendar,
                       PenaltyPaymentTerms paymentTerms, BrokerLinks brokerLinks, EoRules eoRules,
                       ForeignIorRules foreignIor) {
        this.foreignIor = foreignIor;
        this.brokerLinks = brokerLinks;
        this.eoRules = eoRules;
        this.caseFiles = caseFiles;
        this.penaltyCases = penaltyCases;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.maximums = maximums;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.calendar = calendar;
        this.paymentTerms = paymentTerms;
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
        ForeignIorRules.Charged eoViolation = foreignIor.assess(r.foreignIor(), facts.statute(), facts.violationDate(),
                r.materialFacts(), party);
        if (r.brokerPartyId() != null) {
            brokerLinks.broker(r.brokerPartyId(), party.getId());
        }
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
                auditLog.caseEvent(caseFile.getCaseNumber(), PenaltyEvent.SEIZURE_HISTORY.name(), history.event(), history.addedReason());
            }
        }
        penaltyCases.save(penaltyCase);
        if (eoViolation != null) {
            foreignIor.record(caseFile.getId(), eoViolation);
            trace.addAll(eoViolation.trace());
        }
        if (r.brokerPartyId() != null) {
            brokerLinks.link(caseFile, r.brokerPartyId());
        }
        BigDecimal lorDemand = maximums.lossOfRevenueDemand(facts);
        // the case file states the loss of revenue below, with any tender; the maximum's own line would repeat it
        trace.addAll(lorDemand != null && lorDemand.signum() > 0 ? PenaltyMaximums.withoutLossOfRevenue(maximum.steps())
                : maximum.steps());
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
        // EO 14411 Sec. 4(a): a broker's conduct the order names is assessed at the maximum once the rule is in force
        BrokerMaximum.applies(facts, eoRules, today).ifPresent(rule ->
                trace.add(BrokerMaximum.assessedAtMaximum(rule, facts.brokerConduct(), maximum.amount())));
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
        shown.put(PenaltyCaseProcess.VAR_STATUTORY_MAXIMUM, ProcessVariables.number(maximum));
        if (facts.culpability() != null) {
            // the culpability the case was opened with preselects the officer's choice (who confirms or changes it)
            shown.put(PenaltyCaseProcess.VAR_CULPABILITY, facts.culpability().name());
        }
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
        if (r.brokerConduct() != null) {
            require(statute == PenaltyStatute.S1641, "brokerConduct: applies to 19 U.S.C. 1641 broker cases only.");
            require(Boolean.TRUE.equals(r.licensedBroker()), "brokerConduct: applies to a licensed broker (1641(d));"
                    + " a person without a license is charged per transaction under 1641(b)(6).");
        }
        if (r.brokerConduct() == BrokerConduct.IDENTITY_VERIFICATION
                && eoRules.inForce(EoRule.BROKER_IDENTITY_VERIFICATION, today).isPresent()
                && eoRules.inForce(EoRule.BROKER_IDENTITY_VERIFICATION, r.violationDate()).isEmpty()) {
            // a failure to verify an importer's identity violates CBP's requirements only once they are in force
            EoRuleSource.InForce rule = eoRules.inForce(EoRule.BROKER_IDENTITY_VERIFICATION, today).get();
            throw new Problems.RuleViolation("violationDate " + r.violationDate() + " is before "
                    + rule.effectiveDate() + ", when " + rule.instrumentCitation() + " put the identity-verification"
                    + " requirements in force; an earlier failure is not a 19 U.S.C. 1641(i)(3) violation. Charge it as"
                    + " an ordinary 1641(d)(2)(A) violation.", rule.citation());
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
                tender, r.brokerConduct());
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

    // ------------------------------------------------------------------------------------------ the case's facts

    /** GET /api/v1/penalty-cases/{caseNumber}: the facts, all entry numbers and both debts of the case. */
    public record PenaltyCaseView(String caseNumber, String statute, String culpability, LocalDate violationDate,
                                  LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                                  BigDecimal lossOfRevenue, boolean priorDisclosure, LocalDate disclosureDate,
                                  LocalDate lorCalculationNoticeDate, LocalDate tenderDate, BigDecimal tenderAmount,
                                  Integer priorCounterfeitSeizures, Integer priorCounterfeitSeizuresOnRecord,
                                  String priorCounterfeitSeizuresAddedBy, String priorCounterfeitSeizuresAddedReason,
                                  List<String> entryNumbers, BigDecimal proposedAmount, Boolean ppnRequired,
                                  List<PaymentTerms.Balance> balances, String brokerConduct, Long brokerPartyId,
                                  String brokerName, String brokerBasis,
                                  String eoViolation, ForeignIorRules.View foreignIor) {
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
        PenaltyCase p = penaltyCases.require(c);
        PenaltyFacts f = p.facts();
        PenaltyFacts.Tender t = f.tenderOrNone();
        java.util.Optional<Party> broker = brokerLinks.brokerOf(c.getId());
        java.util.Optional<ForeignIorRules.View> foreignIorView = foreignIor.view(c.getId());
        return new PenaltyCaseView(c.getCaseNumber(), p.getStatute().json(),
                p.getCulpability() == null ? null : p.getCulpability().name(), p.getViolationDate(), p.getDiscoveryDate(),
                f.dutiableValue(), f.domesticValue(), p.getLossOfRevenue(), f.priorDisclosure(), t.disclosureDate(),
                t.calculationNoticeDate(), t.tenderDate(), t.tenderAmount(),
                p.getStatute() == PenaltyStatute.S1526F ? f.priorCounterfeitSeizures() : null,
                p.getPriorSeizuresOnRecord(), p.getPriorSeizuresAddedBy(), p.getPriorSeizuresAddedReason(),
                p.entryNumberList(), p.getProposedAmount(), p.getPpnRequired(), paymentTerms.balances(c),
                p.getBrokerConduct() == null ? null : p.getBrokerConduct().name(),
                broker.map(Party::getId).orElse(null), broker.map(Party::getName).orElse(null), p.getBrokerBasis(),
                foreignIorView.map(ForeignIorRules.View::violation).orElse(null), foreignIorView.orElse(null));
    }
}
