package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.process.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.AuditLog;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseFileService.TraceStep;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.Money;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.IorClass;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.penalty.Computation;
import gov.fpf.process.CaseMessages;
import gov.fpf.process.CaseWork;
import gov.fpf.process.ProcessVariables;
import gov.fpf.process.SeizureForfeitureProcess;
import gov.fpf.process.SeizureSteps;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.Statutes;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * Seizures from receipt to disposal (law reference 1.5, 6): opening from the custody receipt with the appraised
 * value, the forfeiture path and the cost bond, then every step SeizureForfeitureProcess asks for. The arithmetic
 * is in {@link SeizureRules}; this class stores what it computes, with its trace, writes the notices and keeps the
 * custody log and the proceeds.
 */
@Service
public class SeizureCaseService implements SeizureSteps, PetitionFamily {

    static final String REFERRAL_FOLLOW_UP_CYCLE = "R/P30D";
    static final int REFERRAL_ESCALATION_DAYS = 90;
    /** A timer date for storage that never reaches the 162.48(b) share (no daily rate). */
    static final LocalDate NEVER = LocalDate.of(2999, 12, 31);
    public static final String VIOLATION_STATUTE_PREFIX = Statutes.SEIZURE_VIOLATION_PREFIX;
    static final String DN_CLAIM = "Claim and cost bond";
    static final String DN_PUBLICATION = "Publication of the notice of seizure";
    static final String DN_SUMMARY_SALE = "Storage reaches the 162.48(b) share (1612 summary sale or destruction)";
    static final String DN_PROCEEDS = "Petition for the proceeds of sale";
    static final String DN_FORFEITURE_SOL = "Statute of limitations (forfeiture)";
    static final String SALE_SCOPE_WHOLE = SeizureForfeitureProcess.SALE_SCOPE_WHOLE_SEIZURE;
    static final String SALE_SCOPE_PERISHABLE_ITEMS = SeizureForfeitureProcess.SALE_SCOPE_PERISHABLE_ITEMS;
    /** The EO 14411 floor is not applied to remissions of forfeiture: the order does not say it is (reference 9). */
    static final MitigationRules.FloorRule NO_FLOOR = new MitigationRules.FloorRule("seizure.remission.floor-share",
            "Remission floor", "appraised value");

    public record NewItem(String description, Integer quantity, BigDecimal appraisedValue, Boolean perishable,
                          Boolean prohibited, Boolean counterfeit) {
    }

    public record NewSeizureCase(Long partyId, LocalDate seizureDate, String statute, List<NewItem> items,
                                 BigDecimal projectedStorageCost, String placeOfSeizure, String cause,
                                 String possessorName, Boolean drugConveyance, Boolean monetaryInstrument,
                                 String officeCode) {
    }

    /** The opened case as the API returns it: the case file plus the path and the claim cost bond (API.md). */
    public record OpenedSeizure(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseView caseFile, String path,
                                String pathReason, BigDecimal costBond, LocalDate summarySaleDate) {
    }

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final SeizureCaseRepository seizures;
    private final SeizureItemRepository items;
    private final CustodyEventRepository custody;
    private final ProceedsShareRepository proceedsShares;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final OfficeRepository offices;
    private final SeizureRules rules;
    private final MitigationRules mitigationRules;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final gov.fpf.penalty.PenaltyMaximums penaltyMaximums;

    SeizureCaseService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, SeizureCaseRepository seizures,
                       SeizureItemRepository items, CustodyEventRepository custody,
                       ProceedsShareRepository proceedsShares, PetitionRepository petitions,
                       PetitionService petitionService, PartyService parties, OfficeAccess officeAccess,
                       OfficeRepository offices, SeizureRules rules, MitigationRules mitigationRules,
                       Deadlines deadlines, LegalParameters parameters,
                       CaseWork caseWork, AuditLog auditLog, Clock clock, OfficeCalendar calendar,
                       gov.fpf.penalty.PenaltyMaximums penaltyMaximums) {
        this.calendar = calendar;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.seizures = seizures;
        this.items = items;
        this.custody = custody;
        this.proceedsShares = proceedsShares;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.offices = offices;
        this.rules = rules;
        this.mitigationRules = mitigationRules;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.clock = clock;
        this.penaltyMaximums = penaltyMaximums;
    }

    // ------------------------------------------------------------------------------------------------ opening

    @Transactional
    public OpenedSeizure open(NewSeizureCase r) {
        String caseNumber = open(r, officeAccess.officeForNewCase(r.officeCode()), false);
        SeizureCase s = seizure(caseFile(caseNumber));
        return new OpenedSeizure(caseFiles.view(caseNumber), s.getForfeiturePath(), s.getPathCitation(), s.getCostBond(),
                s.getSummarySaleDate());
    }

    /**
     * Records the seizure and its custody receipt (6051S), appraises it from its items, decides the path and the
     * cost bond, and starts SeizureForfeitureProcess, in one transaction. Returns the case number.
     */
    @Transactional
    public String open(NewSeizureCase r, String officeCode, boolean demo) {
        LocalDate today = calendar.today(officeCode);
        if (r.partyId() == null) {
            throw new Problems.InvalidInput("partyId: name the party the property was seized from (POST /api/v1/parties).");
        }
        if (r.seizureDate() == null || r.seizureDate().isAfter(today)) {
            throw new Problems.InvalidInput("seizureDate: required, and not in the future (was " + r.seizureDate() + ").");
        }
        if (r.statute() == null || r.statute().isBlank()) {
            throw new Problems.InvalidInput("statute: name the law the property was seized under, e.g. 1595a(c) or 1526(e).");
        }
        String statute = Statutes.seizure(r.statute()).orElseThrow(() -> new Problems.InvalidInput("statute: '"
                + r.statute() + "' is not a seizure statute this process handles; use one of "
                + String.join(", ", Statutes.SEIZURE) + " (CAFRA and libel seizures go to the U.S. Attorney)."));
        if (r.items() == null || r.items().isEmpty()) {
            throw new Problems.InvalidInput("items: a seizure has at least one item (description, quantity, appraised value).");
        }
        List<SeizedItem> seized = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            NewItem item = r.items().get(i);
            String at = "items[" + i + "].";
            if (item == null || item.description() == null || item.description().isBlank()) {
                throw new Problems.InvalidInput(at + "description: describe the item.");
            }
            if (item.quantity() == null || item.quantity() < 1) {
                throw new Problems.InvalidInput(at + "quantity: at least 1.");
            }
            if (item.appraisedValue() == null || item.appraisedValue().signum() < 0) {
                throw new Problems.InvalidInput(at + "appraisedValue: the line's domestic value in dollars, 0 or more.");
            }
            seized.add(new SeizedItem(item.description().strip(), item.quantity(), item.appraisedValue(),
                    Boolean.TRUE.equals(item.perishable()), Boolean.TRUE.equals(item.prohibited()),
                    Boolean.TRUE.equals(item.counterfeit())));
        }
        if (r.projectedStorageCost() != null && r.projectedStorageCost().signum() < 0) {
            throw new Problems.InvalidInput("projectedStorageCost: 0 or more dollars.");
        }
        Party party;
        try {
            party = parties.get(r.partyId());
        } catch (Problems.NotFound e) {
            throw new Problems.InvalidInput("partyId: there is no party with id " + r.partyId() + ".");
        }
        SeizureFacts facts = facts(r.seizureDate(), statute, seized, Boolean.TRUE.equals(r.drugConveyance()),
                Boolean.TRUE.equals(r.monetaryInstrument()), null, false, false, party, null);
        Computation value = rules.appraisedValue(seized);
        SeizureRules.PathFacts path = rules.pathFacts(facts, parameters, today);
        Computation costBond = rules.costBond(value.amount(), parameters, today);
        Deadline sol = deadlines.due("Statute of limitations (forfeiture)", ParameterNames.SOL_GENERAL, r.seizureDate());

        CaseFile c = caseFiles.open(CaseFamily.SEIZURE, officeCode, party.getId(), demo, "Seizure under " + statute
                + " from " + party.getName() + " on " + r.seizureDate() + ": " + seized.size() + " item(s) appraised at "
                + NoticeHtml.money(value.amount()) + "; " + path.path() + " forfeiture (" + path.citation() + ").");
        SeizureCase s = new SeizureCase(c.getId(), statute, r.seizureDate(), r.placeOfSeizure(), r.cause(),
                r.possessorName(), value.amount(), facts.perishable(), facts.prohibited(), facts.counterfeit(),
                facts.drugConveyance(), facts.monetaryInstrument(), r.projectedStorageCost());
        s.path(path.path().name(), path.citation(), costBond.amount());
        int line = 1;
        List<SeizureItem> saved = new ArrayList<>();
        for (SeizedItem item : seized) {
            saved.add(new SeizureItem(c.getId(), line++, item.description(), item.quantity(), item.appraisedValue(),
                    item.perishable(), item.prohibited(), item.counterfeit()));
        }
        items.saveAll(saved);
        List<TraceStep> trace = new ArrayList<>(value.steps());
        trace.addAll(path.steps());
        trace.addAll(costBond.steps());
        if (r.projectedStorageCost() != null) {
            SeizureRules.SummarySaleCheck projected = rules.summarySaleAllowed(value.amount(), r.projectedStorageCost(),
                    facts.perishable(), parameters, today);
            trace.addAll(projected.steps());
        }
        // until the custodian states the daily storage rate, only perishable goods have a 1612 date (the seizure date)
        s.summarySaleDate(facts.perishable() ? r.seizureDate() : null);
        seizures.save(s);
        trace.add(sol.trace());
        caseFiles.recordOpeningComputation(c, value.amount(), DN_FORFEITURE_SOL, sol.trigger(), sol.due(),
                sol.citation(), trace);
        caseFiles.recordAmounts(c, value.amount(), value.amount(), null);
        caseFiles.storeNotice(c, SeizureNotices.CUSTODY_RECEIPT, "Custody receipt for seized property (CBP Form 6051S)",
                r.seizureDate(), SeizureNotices.custodyReceipt(c, s, saved, addressee(c)));
        Map<String, Object> start = new HashMap<>();
        start.put("seizureNumber", c.getCaseNumber());
        start.put("partyName", party.getName());
        start.put("seizureDate", r.seizureDate().toString());
        start.put("statute", statute);
        start.put("itemsSummary", summary(saved));
        start.put(VAR_APPRAISED_VALUE, ProcessVariables.number(value.amount()));
        start.put(VAR_COST_BOND_AMOUNT, ProcessVariables.number(costBond.amount()));
        caseWork.startCase(SeizureForfeitureProcess.KEY, c.getCaseNumber(), officeCode, start);
        return c.getCaseNumber();
    }

    private static String summary(List<SeizureItem> saved) {
        StringBuilder b = new StringBuilder();
        for (SeizureItem i : saved) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(i.getQuantity()).append(" x ").append(i.getDescription()).append(" (")
                    .append(NoticeHtml.money(i.getAppraisedValue())).append(i.isCounterfeit() ? ", counterfeit" : "")
                    .append(i.isPerishable() ? ", perishable" : "").append(")");
        }
        return b.length() > 3900 ? b.substring(0, 3900) + "..." : b.toString();
    }

    private SeizureFacts facts(LocalDate seizureDate, String statute, List<SeizedItem> seized, boolean drugConveyance,
                               boolean monetaryInstrument, BigDecimal dailyRate, boolean hazardous, boolean highRisk,
                               Party party, String caseNumber) {
        boolean repeat = party != null && repeatOffender(party, caseNumber);
        boolean foreignNotInStanding = party != null && party.getIorClass() == IorClass.FOREIGN && !party.isGoodStanding();
        return new SeizureFacts(seizureDate, statute, seized, drugConveyance, monetaryInstrument, dailyRate, hazardous,
                highRisk, repeat, foreignNotInStanding);
    }

    /** EO 14411 Sec. 4(c) repeat offender on today's rule (a high-risk reason, EO Sec. 5); not counting this case. */
    private boolean repeatOffender(Party party, String caseNumber) {
        List<LocalDate> findings = parties.violations(party.getId()).stream()
                .filter(v -> caseNumber == null || !caseNumber.equals(v.getCaseNumber()))
                .map(gov.fpf.party.ViolationRecord::getFindingDate).toList();
        return mitigationRules.repeatOffenderInForce(findings, today(caseNumber), parameters)
                .map(MitigationRules.RepeatOffenderCheck::repeatOffender).orElse(false);
    }

    private List<SeizedItem> seizedItems(CaseFile c) {
        return items.findByCaseIdOrderByLineNoAsc(c.getId()).stream()
                .map(i -> new SeizedItem(i.getDescription(), i.getQuantity(), i.getAppraisedValue(), i.isPerishable(),
                        i.isProhibited(), i.isCounterfeit()))
                .toList();
    }

    private SeizureFacts facts(CaseFile c, SeizureCase s) {
        List<SeizedItem> seized = seizedItems(c);
        Party party = c.getPartyId() == null ? null : parties.get(c.getPartyId());
        return facts(s.getSeizureDate(), s.getStatute(), seized, s.isDrugConveyance(), s.isMonetaryInstrument(),
                s.getDailyStorageRate(), s.isHazardous(), s.isHighRisk(), party, c.getCaseNumber());
    }

    // ------------------------------------------------------------------------------------------ events from the API

    /** Voluntary abandonment (CBP Form 4607): forfeited by assent in one step (EO 14411 Sec. 5). */
    @Transactional
    public void abandon(String caseNumber, LocalDate signedDate, String signedBy) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        family(c);
        auditLog.caseEvent(caseNumber, "ABANDONMENT_RECEIVED", "CBP Form 4607 signed " + signedDate + " by " + signedBy
                + ": the property is abandoned to the United States", null);
        if (!caseWork.deliver(CaseMessages.ABANDONMENT_RECEIVED, caseNumber, Map.of("abandonedBy", signedBy))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an election now (status "
                    + c.getStatus() + "). Nothing was recorded.", "19 CFR 162.31");
        }
    }

    /** A claim with cost bond (1608): within 20 days of first publication, with at least the cost bond. */
    @Transactional
    public void claim(String caseNumber, LocalDate filedDate, String claimant, BigDecimal bondAmount) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        if (s.getClaimDue() == null) {
            throw new Problems.RuleViolation("No notice of seizure has been issued on " + caseNumber
                    + "; a claim and cost bond answer that notice.", "19 U.S.C. 1608");
        }
        if (filedDate.isAfter(s.getClaimDue())) {
            throw new Problems.RuleViolation("The claim filed " + filedDate + " is late: claims with cost bond were due by "
                    + s.getClaimDue() + ", 20 days from the first publication.", "19 U.S.C. 1608; 19 CFR 162.47");
        }
        if (bondAmount.compareTo(s.getCostBond()) < 0) {
            throw new Problems.RuleViolation("The cost bond of " + NoticeHtml.money(bondAmount) + " is less than the "
                    + NoticeHtml.money(s.getCostBond()) + " required.", "19 U.S.C. 1608");
        }
        auditLog.caseEvent(caseNumber, "CLAIM_AND_BOND_RECEIVED", "claim by " + claimant + " filed " + filedDate
                + " with a cost bond of " + NoticeHtml.money(bondAmount) + " (19 U.S.C. 1608)", null);
        if (!caseWork.deliver(CaseMessages.CLAIM_AND_BOND_RECEIVED, caseNumber, Map.of("claimant", claimant))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an election now. Nothing was"
                    + " recorded.", "19 U.S.C. 1608");
        }
    }

    /** 19 U.S.C. 1614: release on payment of the appraised value, any time before disposition. */
    @Transactional
    public void releaseOnPayment(String caseNumber, BigDecimal amount, LocalDate paidDate, String paidBy) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        List<TraceStep> open = rules.releaseOnPaymentAllowed(seizedItems(c), s.hasTrademarkOwnerConsent());
        rules.paymentOfValue(amount, s.getAppraisedValue(), List.of(), List.of(), null);
        caseFiles.addComputation(c, open);
        caseFiles.recordPayment(c, amount, paidDate, paidBy == null ? "CLAIMANT" : paidBy);
        if (!caseWork.deliver(CaseMessages.RELEASE_ON_PAYMENT_OF_VALUE, caseNumber,
                Map.of("releasePayment", ProcessVariables.number(amount)))) {
            throw new Problems.RuleViolation("The property of " + caseNumber + " can no longer be released on payment"
                    + " (status " + c.getStatus() + "). Nothing was recorded.", "19 U.S.C. 1614");
        }
    }

    /**
     * 19 U.S.C. 1526(e): the trademark owner's written consent, recorded when it arrives. Without it counterfeit goods
     * are forfeited: not released on payment of the value (1614), not sold summarily (1612), and after forfeiture
     * destroyed.
     */
    @Transactional
    public void recordTrademarkOwnerConsent(String caseNumber, LocalDate consentDate, String reference) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        if (seizedItems(c).stream().noneMatch(SeizedItem::counterfeit)) {
            throw new Problems.RuleViolation("No item of " + caseNumber + " bears a counterfeit mark; a trademark owner's"
                    + " consent under 1526(e) has nothing to govern. Nothing was recorded.", "19 U.S.C. 1526(e)");
        }
        if (consentDate.isBefore(s.getSeizureDate())) {
            throw new Problems.InvalidInput("consentDate: " + consentDate + " is before the seizure on "
                    + s.getSeizureDate() + ".");
        }
        s.trademarkOwnerConsent(consentDate, reference);
        caseFiles.addComputation(c, List.of(new TraceStep("Trademark owner's written consent", consentDate.toString(),
                "on file (" + reference + "): the counterfeit goods need not be forfeited, and the alternatives to"
                        + " destruction open on their conditions", "19 U.S.C. 1526(e)", null)));
        auditLog.caseEvent(caseNumber, "TRADEMARK_OWNER_CONSENT", "written consent of the trademark owner dated "
                + consentDate + " (" + reference + ") recorded (19 U.S.C. 1526(e))");
    }

    /**
     * A 1592 seizure's penalty facts: the culpability, dutiable value and loss of revenue give the 1592(c) maximum
     * that caps the (c)(14) release security; the final penalty and costs, once known, decide the 1613(b) excess.
     */
    @Transactional
    public void record1592Penalty(String caseNumber, gov.fpf.penalty.Culpability culpability, BigDecimal dutiableValue,
                                  BigDecimal lossOfRevenue, BigDecimal finalPenalty, BigDecimal costs) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        if (!"1592".equals(s.getStatute())) {
            throw new Problems.RuleViolation(caseNumber + " is a seizure under " + s.getStatute() + ", not 1592: the"
                    + " 1592(c)(14) security and the 1613(b) refund do not apply. Nothing was recorded.",
                    "19 U.S.C. 1592(c)(14), 1613(b)");
        }
        BigDecimal maximum = null;
        List<TraceStep> trace = new ArrayList<>();
        if (culpability != null) {
            Computation max = penaltyMaximums.maximum(new gov.fpf.penalty.PenaltyFacts(gov.fpf.penalty.PenaltyStatute.S1592,
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
        auditLog.caseEvent(caseNumber, "PENALTY_1592_RECORDED", (culpability == null ? "" : culpability + ", maximum "
                + NoticeHtml.money(maximum)) + (finalPenalty == null ? "" : "; final penalty "
                + NoticeHtml.money(finalPenalty) + (costs == null ? "" : " and costs " + NoticeHtml.money(costs))));
    }

    /** The custodian's log: a move, inspection, photograph or storage-rate change. */
    @Transactional
    public CustodyEvent custodyEvent(String caseNumber, LocalDate date, CustodyEvent.Kind kind, String location,
                                     BigDecimal dailyRate, String note) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        if (date.isBefore(s.getSeizureDate())) {
            throw new Problems.InvalidInput("eventDate: " + date + " is before the seizure on " + s.getSeizureDate() + ".");
        }
        if (kind == CustodyEvent.Kind.MOVED) {
            if (location == null || location.isBlank()) {
                throw new Problems.InvalidInput("location: a move names the new storage location.");
            }
            s.storageLocation(location.strip());
        }
        if (kind == CustodyEvent.Kind.STORAGE_RATE_CHANGED) {
            if (dailyRate == null || dailyRate.signum() < 0) {
                throw new Problems.InvalidInput("dailyStorageRate: the new rate per day, 0 or more dollars.");
            }
            s.dailyStorageRate(dailyRate);
            SeizureRules.SummarySaleThreshold t = rules.summarySaleThresholdDate(facts(c, s), parameters);
            s.summarySaleDate(t.never() ? null : t.date());
            caseFiles.addComputation(c, t.steps());
        }
        CustodyEvent event = custody.save(new CustodyEvent(c.getId(), date, kind, location, note, clock.instant(),
                CurrentUser.id()));
        auditLog.caseEvent(caseNumber, "CUSTODY_" + kind, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " on " + date + (location == null ? "" : " at " + location)
                + (dailyRate == null ? "" : "; storage " + NoticeHtml.money(dailyRate) + " a day"), note);
        return event;
    }

    // ------------------------------------------------------------------------------------------ process steps

    @Override
    @Transactional
    public Map<String, Object> recordCustody(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        String location = text(v.get(VAR_STORAGE_LOCATION));
        if (location == null) {
            throw new Problems.InvalidInput("storageLocation: where the property is kept.");
        }
        BigDecimal rate = v.get(VAR_DAILY_STORAGE_RATE) == null ? BigDecimal.ZERO
                : Money.dollars(v.get(VAR_DAILY_STORAGE_RATE), "dailyStorageRate");
        s.custody(location, rate, bool(v.get(VAR_HAZARDOUS)), text(v.get(VAR_PHOTOGRAPH_REFERENCES)));
        SeizureFacts facts = facts(c, s);
        facts = new SeizureFacts(facts.seizureDate(), facts.statute(), facts.items(), facts.drugConveyance(),
                facts.monetaryInstrument(), rate, bool(v.get(VAR_HAZARDOUS)), bool(v.get(VAR_HIGH_RISK)),
                facts.partyRepeatOffender(), facts.foreignIorNotInGoodStanding());
        SeizureRules.HighRisk risk = rules.highRisk(facts);
        s.highRisk(risk.highRisk(), String.join("; ", risk.reasons()));
        SeizureRules.SummarySaleThreshold t = rules.summarySaleThresholdDate(facts, parameters);
        s.summarySaleDate(t.never() ? null : t.date());
        custody.save(new CustodyEvent(c.getId(), today(c), CustodyEvent.Kind.RECEIVED, location,
                text(v.get(VAR_INVENTORY_NOTE)), clock.instant(), CurrentUser.id()));
        List<TraceStep> trace = new ArrayList<>(t.steps());
        if (risk.highRisk()) {
            trace.add(new TraceStep("High-risk shipment", "yes", String.join("; ", risk.reasons())
                    + ": a higher bond is required on release", risk.citation(), null));
        }
        caseFiles.addComputation(c, trace);
        if (!t.never()) {
            caseFiles.addDeadline(c, DN_SUMMARY_SALE, s.getSeizureDate(), t.date(), "19 U.S.C. 1612; 19 CFR 162.48");
        }
        auditLog.caseEvent(caseNumber, "CUSTODY_RECORDED", "in custody at " + location + ", storage "
                + NoticeHtml.money(rate) + " a day" + (s.isHazardous() ? ", hazardous" : "")
                + (risk.highRisk() ? ", high-risk" : ""), text(v.get(VAR_INVENTORY_NOTE)));
        return Map.of(VAR_SUMMARY_SALE_DATE, begins(c, t.never() ? NEVER : t.date()));
    }

    @Override
    @Transactional
    public Map<String, Object> recordAppraisal(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        BigDecimal value = Money.dollars(v.get(VAR_APPRAISED_VALUE), "appraisedValue");
        String basis = text(v.get(VAR_APPRAISAL_BASIS));
        if (basis == null) {
            throw new Problems.InvalidInput("appraisalBasis: how the domestic value was found (19 CFR 162.43).");
        }
        LocalDate today = today(c);
        s.appraise(value, basis);
        SeizureFacts facts = facts(c, s);
        SeizureRules.SummarySaleThreshold t = rules.summarySaleThresholdDate(value, s.getDailyStorageRate() == null
                ? BigDecimal.ZERO : s.getDailyStorageRate(), s.getSeizureDate(), s.isPerishable(), parameters);
        s.summarySaleDate(t.never() ? null : t.date());
        caseFiles.recordAmounts(c, value, value, null);
        caseFiles.addComputation(c, List.of(new TraceStep("Appraised domestic value", value.toPlainString(),
                "appraised by " + CurrentUser.id() + ": " + basis, "19 U.S.C. 1606; 19 CFR 162.43", null)));
        BigDecimal limit = parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, today).value();
        Map<String, Object> out = new HashMap<>();
        out.put(VAR_APPRAISED_VALUE, ProcessVariables.number(value));
        out.put(VAR_ADMINISTRATIVE_LIMIT, ProcessVariables.number(limit));
        out.put(VAR_PROHIBITED, facts.prohibited());
        out.put(VAR_DRUG_CONVEYANCE, facts.drugConveyance());
        out.put(VAR_MONETARY_INSTRUMENT, facts.monetaryInstrument());
        out.put(VAR_COUNTERFEIT, facts.counterfeit());
        out.put(VAR_SUMMARY_SALE_DATE, begins(c, t.never() ? NEVER : t.date()));
        return out;
    }

    @Override
    @Transactional
    public Map<String, Object> recordPath(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        String decided = text(v.get(VAR_FORFEITURE_PATH));
        LocalDate today = today(c);
        SeizureRules.PathFacts byRule = rules.pathFacts(s.getAppraisedValue(), s.isProhibited(), s.isDrugConveyance(),
                s.isMonetaryInstrument(), s.isCounterfeit(), parameters, today);
        Computation bond = rules.costBond(s.getAppraisedValue(), parameters, today);
        String citation = text(v.get(VAR_PATH_CITATION));
        if (!byRule.path().name().equals(decided)) {
            throw new Problems.RuleViolation("The SeizurePath decision table chose " + decided + " (" + citation
                    + ") where the rules give " + byRule.path() + " (" + byRule.citation() + "): " + byRule.reason()
                    + " The deployed table and the rules must agree; correct the table. Nothing was recorded.",
                    byRule.citation());
        }
        s.path(decided, citation == null ? byRule.citation() : citation, bond.amount());
        List<TraceStep> trace = new ArrayList<>(byRule.steps());
        trace.addAll(bond.steps());
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, "FORFEITURE_PATH", decided + " (" + s.getPathCitation() + "); claim cost bond "
                + NoticeHtml.money(bond.amount()));
        return Map.of(VAR_COST_BOND_AMOUNT, ProcessVariables.number(bond.amount()));
    }

    @Override
    @Transactional
    public Map<String, Object> notifyTrademarkOwner(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        caseFiles.storeNotice(c, SeizureNotices.TRADEMARK_OWNER_NOTICE, "Notice to the trademark owner", today(c),
                SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), addressee(c), today(c)));
        return Map.of();
    }

    @Override
    @Transactional
    public Map<String, Object> issueNoticeOfSeizure(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        LocalDate mailed = today(c);
        // published at about the time the notice is mailed (88 FR 31268, 2023)
        LocalDate firstPublication = mailed;
        Deadline petitionDue = rules.petitionDue(mailed, parameters);
        Deadline claimDue = rules.claimDue(firstPublication, parameters);
        Deadline publication = rules.publicationEnds(firstPublication, parameters);
        Deadline election = rules.electionDue(mailed, firstPublication, parameters);
        s.noticed(mailed, firstPublication, publication.due(), petitionDue.due(), claimDue.due());
        caseFiles.storeNotice(c, SeizureNotices.NOTICE_OF_SEIZURE, "Notice of seizure and election of proceedings", mailed,
                SeizureNotices.noticeOfSeizure(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), addressee(c), mailed,
                        firstPublication, publication.due(), petitionDue.due(), claimDue.due()));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        caseFiles.addDeadline(c, DN_CLAIM, firstPublication, claimDue.due(), claimDue.citation());
        caseFiles.addDeadline(c, DN_PUBLICATION, firstPublication, publication.due(), publication.citation());
        caseFiles.addComputation(c, List.of(petitionDue.trace(), claimDue.trace(), publication.trace(), election.trace()));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "notice of seizure mailed and published");
        return Map.of(VAR_PETITION_DUE_DATE, closes(c, petitionDue.due()), VAR_CLAIM_DUE_DATE, closes(c, claimDue.due()),
                VAR_ELECTION_DUE_DATE, closes(c, election.due()));
    }

    @Override
    @Transactional
    public Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        Petition petition = petitions.ofProcess(v);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, "petition " + petition.getId() + " under review");
        return Map.of(VAR_PETITION_TIMELY, petition.isTimely());
    }

    @Override
    @Transactional
    public Map<String, Object> issueDecision(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        Petition petition = petitions.ofProcess(v);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = today(c);
        boolean remitted = petition.getOutcome() != Petition.Outcome.DENY;
        Deadline validUntil = remitted ? deadlines.due("Conditions of remission to be met by",
                ParameterNames.DECISION_VALIDITY, notice) : null;
        caseFiles.recordDecidedAmount(c, petition.getDecidedAmount(), petition.getOutcome() + " on petition " + petition.getId());
        caseFiles.storeNotice(c, SeizureNotices.DECISION_LETTER, "Decision on petition", notice,
                SeizureNotices.decisionLetter(c, s, addressee(c), notice, petition, petition.getDecidedAmount(),
                        validUntil == null ? null : validUntil.due(), null, petitionService.repeatOffenderReason(c)));
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, CaseDeadline.MET);
        caseFiles.changeStatus(c, CaseStatus.DECIDED, (remitted ? "remission granted" : "relief denied")
                + " on petition " + petition.getId());
        Map<String, Object> out = new HashMap<>();
        out.put(VAR_REMITTED, remitted);
        if (remitted) {
            caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
            caseFiles.addComputation(c, List.of(validUntil.trace()));
            out.put(VAR_DECISION_VALID_UNTIL, closes(c, validUntil.due()));
        }
        return out;
    }

    @Override
    @Transactional
    public Map<String, Object> recordForfeiture(String caseNumber, String basis, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        LocalDate today = today(c);
        s.forfeited(today, basis);
        for (String name : List.of(DeadlineNames.PETITION, DN_CLAIM, DeadlineNames.DECISION_VALID_UNTIL)) {
            caseFiles.closeDeadline(c, name, "ASSENT".equals(basis) ? CaseDeadline.MET : CaseDeadline.LAPSED);
        }
        if ("ASSENT".equals(basis)) {
            // EO 14411 Sec. 5: abandonment forfeits in one step, with no further notices
            auditLog.caseEvent(caseNumber, "FORFEITED_BY_ASSENT", "forfeited to the United States by the owner's"
                    + " voluntary abandonment (CBP Form 4607)");
        } else {
            caseFiles.storeNotice(c, SeizureNotices.DECLARATION_OF_FORFEITURE, "Declaration of forfeiture", today,
                    SeizureNotices.declarationOfForfeiture(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                            addressee(c), today, basis));
        }
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "forfeited (" + basis + ")");
        if (c.getPartyId() != null) {
            parties.recordViolation(c.getPartyId(), VIOLATION_STATUTE_PREFIX + s.getStatute(), today, caseNumber,
                    "Property forfeited (" + basis + ")");
        }
        return Map.of(VAR_FORFEITURE_DATE, begins(c, today));
    }

    @Override
    @Transactional
    public Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        String reason = "JUDICIAL".equals(s.getForfeiturePath())
                ? "Condemnation of property appraised at " + NoticeHtml.money(s.getAppraisedValue())
                        + ", above the administrative limit (19 U.S.C. 1610)"
                : "Claim and cost bond filed: judicial condemnation (19 U.S.C. 1608)";
        if ("JUDICIAL".equals(s.getForfeiturePath()) && s.isCounterfeit()) {
            // a mixed seizure over the limit goes to court without the administrative notices; the trademark owner
            // is still told of the seizure of the counterfeit goods (1526(e))
            caseFiles.storeNotice(c, SeizureNotices.TRADEMARK_OWNER_NOTICE, "Notice to the trademark owner", today(c),
                    SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                            addressee(c), today(c)));
        }
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        return Map.of(VAR_REFERRAL_REASON, reason, VAR_FOLLOW_UP_CYCLE, REFERRAL_FOLLOW_UP_CYCLE,
                VAR_REFERRAL_ESCALATION_DATE, begins(c, today(c).plusDays(REFERRAL_ESCALATION_DAYS)));
    }

    @Override
    @Transactional
    public Map<String, Object> recordSummarySaleDecision(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        String decision = text(v.get(VAR_SUMMARY_SALE_DECISION));
        String reason = text(v.get(VAR_SUMMARY_SALE_REASON));
        if (decision == null || !List.of("SALE", "DESTRUCTION", "REJECTED").contains(decision)) {
            throw new Problems.InvalidInput("summarySaleDecision: choose SALE, DESTRUCTION or REJECTED.");
        }
        if (reason == null) {
            throw new Problems.InvalidInput("summarySaleReason: a reason is required.");
        }
        String approver = CurrentUser.id();
        String scope = SALE_SCOPE_WHOLE;
        if (!"REJECTED".equals(decision)) {
            if (!CurrentUser.groups().contains(Roles.SUPERVISOR) && !CurrentUser.SYSTEM.equals(approver)) {
                throw new Problems.Forbidden("Only an FP&F supervisor may approve a summary sale or destruction.");
            }
            if (approver.equals(c.getOpenedBy())) {
                throw new Problems.Forbidden("The officer who recorded the seizure may not approve its summary sale;"
                        + " another supervisor must.");
            }
            LocalDate today = today(c);
            BigDecimal accrued = rules.accruedStorage(s.getDailyStorageRate() == null ? BigDecimal.ZERO
                    : s.getDailyStorageRate(), s.getSeizureDate(), today).amount();
            BigDecimal storage = s.getProjectedStorageCost() == null ? accrued : accrued.max(s.getProjectedStorageCost());
            SeizureRules.SummarySaleCheck check = rules.summarySaleAllowed(s.getAppraisedValue(), storage,
                    s.isPerishable(), parameters, today);
            if ("SALE".equals(decision) && !check.saleAllowed() || "DESTRUCTION".equals(decision) && !check.destructionAllowed()) {
                throw new Problems.RuleViolation("A summary " + decision.toLowerCase(Locale.ROOT) + " is not allowed: the"
                        + " goods are not perishable and the storage cost " + NoticeHtml.money(storage)
                        + " has not reached the presumption share of the value " + NoticeHtml.money(s.getAppraisedValue())
                        + ".", "19 U.S.C. 1612; 19 CFR 162.48");
            }
            List<TraceStep> trace = new ArrayList<>(check.steps());
            List<SeizureItem> lines = items.findByCaseIdOrderByLineNoAsc(c.getId());
            List<SeizureItem> covered = lines;
            if ("SALE".equals(decision)) {
                List<SeizedItem> seized = seizedItems(c);
                SeizureRules.SaleScope saleScope = rules.summarySaleScope(seized, check);
                trace.addAll(saleScope.steps());
                trace.addAll(rules.summarySaleGoodsAllowed(saleScope.lines().stream().map(seized::get).toList(),
                        s.hasTrademarkOwnerConsent()));
                covered = saleScope.lines().stream().map(lines::get).toList();
                scope = saleScope.wholeSeizure() ? SALE_SCOPE_WHOLE : SALE_SCOPE_PERISHABLE_ITEMS;
            }
            caseFiles.addComputation(c, trace);
            s.summaryAction(decision, approver);
            caseFiles.storeNotice(c, SeizureNotices.NOTICE_OF_SALE, "SALE".equals(decision) ? "Notice of summary sale"
                    : "Notice of destruction", today, SeizureNotices.noticeOfSale(c, s, covered, addressee(c), today,
                    decision, reason));
        }
        auditLog.caseEvent(caseNumber, "SUMMARY_SALE_" + decision, "1612 summary sale or destruction: " + decision
                + " by " + approver, reason);
        return Map.of(VAR_SUMMARY_SALE_SCOPE, scope);
    }

    @Override
    @Transactional
    public Map<String, Object> recordSummarySale(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        boolean sale = "SALE".equals(s.getSummaryAction());
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
            caseFiles.addDeadline(c, DN_PROCEEDS, on, due, proceedsDue.citation());
            caseFiles.addComputation(c, List.of(proceedsDue.trace(), rules.proceedsHeld(proceeds, on, proceedsDue)));
        }
        s.disposed(on, text(v.get(VAR_WITNESS)), text(v.get(VAR_CERTIFICATE_REFERENCE)), proceeds, sale ? due : null);
        closeElectionDeadlines(c);
        auditLog.caseEvent(caseNumber, sale ? "SUMMARY_SOLD" : "SUMMARY_DESTROYED", (sale ? "sold for "
                + NoticeHtml.money(proceeds) : "destroyed") + " on " + on + " under 19 U.S.C. 1612"
                + (sale ? "; the proceeds stand in place of the property" : ""));
        // a sale opens the 1613(a) period, which includes its last day; a destruction has nothing to wait for
        return Map.of(VAR_PROCEEDS_PETITION_DUE_DATE, sale ? closes(c, due) : begins(c, due));
    }

    /**
     * 1612(a) per item: the perishable lines are sold, their proceeds are held in their place, and the rest of the
     * seizure goes on along the ordinary path (the process returns to the proceedings).
     */
    private Map<String, Object> perishableItemsSold(CaseFile c, SeizureCase s, LocalDate on, BigDecimal proceeds) {
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
        caseFiles.addComputation(c, List.of(rules.proceedsHeld(proceeds, on, claimsUntil)));
        custody.save(new CustodyEvent(c.getId(), on, CustodyEvent.Kind.DISPOSED, s.getStorageLocation(),
                "perishable " + String.join(", ", sold) + " sold summarily for " + NoticeHtml.money(proceeds)
                        + " (19 U.S.C. 1612(a))", clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(c.getCaseNumber(), "SUMMARY_SOLD_PERISHABLE_ITEMS", String.join(", ", sold) + " sold for "
                + NoticeHtml.money(proceeds) + " on " + on + " under 19 U.S.C. 1612(a); the proceeds are held in their"
                + " place and the other items follow the ordinary path");
        return Map.of(VAR_PROCEEDS_PETITION_DUE_DATE, closes(c, claimsUntil.due()));
    }

    @Override
    @Transactional
    public Map<String, Object> releaseOnPaymentOfValue(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        rules.releaseOnPaymentAllowed(seizedItems(c), s.hasTrademarkOwnerConsent());
        BigDecimal paid = c.getPaidAmount() == null ? s.getAppraisedValue() : c.getPaidAmount();
        applyProceeds(c, s, paid, today(c), SeizureRules.ProceedsSource.PAYMENT_OF_VALUE);
        release(c, s, "released on payment of the appraised value (19 U.S.C. 1614)");
        closeElectionDeadlines(c);
        return Map.of();
    }

    @Override
    @Transactional
    public Map<String, Object> checkDisposition(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
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
        SeizureRules.CounterfeitConditions conditions = new SeizureRules.CounterfeitConditions(
                optionalBool(v.get(VAR_GOODS_NOT_UNSAFE)), optionalBool(v.get(VAR_MARKS_OBLITERATED)),
                optionalBool(v.get(VAR_OBLITERATION_NOT_FEASIBLE)), optionalBool(v.get(VAR_NO_AGENCY_NEED)));
        SeizureRules.DispositionCheck check = rules.checkDisposition(method, facts(c, s), s.getForfeitureDate(), today(c),
                consent, disposer, recipient, conditions, parameters);
        s.disposition(method.name(), disposer, recipient, consent);
        s.counterfeitConditions(conditions.notUnsafe(), conditions.marksObliterated(),
                conditions.obliterationNotFeasible(), conditions.noAgencyNeed());
        caseFiles.addComputation(c, check.steps());
        auditLog.caseEvent(caseNumber, "DISPOSITION_DECIDED", method + (disposer == null ? "" : " by " + disposer)
                + (recipient == null ? "" : " to " + recipient), text(v.get(VAR_DISPOSITION_NOTE)));
        return Map.of(VAR_DISPOSITION_METHOD, method.name());
    }

    @Override
    @Transactional
    public Map<String, Object> recordDisposition(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        LocalDate on = calendarDate(v.get(VAR_DISPOSITION_DATE), "dispositionDate");
        if (on == null) {
            throw new Problems.InvalidInput("dispositionDate: the date it was done.");
        }
        String method = s.getDispositionMethod();
        BigDecimal proceeds = null;
        LocalDate due = on;
        if ("SALE".equals(method)) {
            proceeds = Money.dollars(v.get(VAR_SALE_PROCEEDS), "saleProceeds");
            Deadline proceedsDue = rules.proceedsPetitionDue(on, parameters);
            due = proceedsDue.due();
            applyProceeds(c, s, proceeds, on, SeizureRules.ProceedsSource.SALE);
            caseFiles.addDeadline(c, DN_PROCEEDS, on, due, proceedsDue.citation());
            caseFiles.addComputation(c, List.of(proceedsDue.trace()));
        }
        String witness = text(v.get(VAR_WITNESS));
        String certificate = text(v.get(VAR_CERTIFICATE_REFERENCE));
        if ("DESTRUCTION".equals(method) && (witness == null || certificate == null)) {
            throw new Problems.InvalidInput("witness and certificateReference: a destruction is witnessed and certified.");
        }
        if ("THIRD_PARTY_DISPOSAL".equals(method) && text(v.get(VAR_DISPOSER_REFERENCE)) == null) {
            throw new Problems.InvalidInput("disposerReference: the authorized disposer's record of the disposal.");
        }
        s.disposed(on, witness, certificate != null ? certificate : text(v.get(VAR_DISPOSER_REFERENCE)), proceeds,
                "SALE".equals(method) ? due : null);
        custody.save(new CustodyEvent(c.getId(), on, CustodyEvent.Kind.DISPOSED, s.getStorageLocation(),
                method + (s.getDisposer() == null ? "" : " by " + s.getDisposer()), clock.instant(), CurrentUser.id()));
        caseFiles.storeNotice(c, SeizureNotices.DISPOSITION_RECORD, "Record of disposition", on,
                SeizureNotices.dispositionRecord(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), addressee(c),
                        proceedsShares.findByCaseIdOrderBySeqAsc(c.getId())));
        closeElectionDeadlines(c);
        caseFiles.closeDeadline(c, DN_SUMMARY_SALE, CaseDeadline.MET);
        return Map.of(VAR_PROCEEDS_PETITION_DUE_DATE, "SALE".equals(method) ? closes(c, due) : begins(c, due));
    }

    @Override
    @Transactional
    public Map<String, Object> releaseProperty(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        String court = text(v.get(VAR_COURT_OUTCOME));
        release(c, s, court != null ? "returned by court order " + text(v.get(VAR_COURT_ORDER_REFERENCE))
                : "released to the claimant");
        closeElectionDeadlines(c);
        return Map.of();
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, String outcome, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        distributeHeldProceeds(c, seizure(c), outcome);
        for (String name : List.of(DN_PROCEEDS, DN_SUMMARY_SALE, DN_FORFEITURE_SOL, DN_PUBLICATION)) {
            caseFiles.closeDeadline(c, name, CaseDeadline.MET);
        }
        closeElectionDeadlines(c);
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + outcome);
    }

    /**
     * Proceeds of a summary sale held subject to claims (1612(a)) are distributed when the case closes, which is
     * after the 1613(a) period has run or a petition for them is decided. A claimant granted relief (remission on a
     * petition for the proceeds, or the property released) is reimbursed the value at seizure of the goods sold less
     * the remitted amount owed (19 CFR 162.48(b)(2)); otherwise the proceeds are applied in the order of 1613.
     */
    private void distributeHeldProceeds(CaseFile c, SeizureCase s, String outcome) {
        if (s.getHeldProceeds() == null || s.getProceedsDistributed() != null) {
            return;
        }
        LocalDate today = today(c);
        boolean wholeSale = SeizureForfeitureProcess.OUTCOME_SUMMARY_SOLD.equals(outcome)
                || SeizureForfeitureProcess.OUTCOME_SUMMARY_DESTROYED.equals(outcome);
        // storage is charged to the proceeds of a sale of the whole seizure; after a sale of perishable items only,
        // the rest of the seizure bears it
        List<SeizureRules.Expense> expenses = wholeSale && s.getDispositionDate() != null
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
            SeizureRules.ReliefAfterSale relief = rules.reliefAfterSummarySale(s.getHeldProceeds(),
                    s.getHeldProceedsValue(), owed, expenses, List.of());
            saveShares(c, relief.distribution());
            auditLog.caseEvent(c.getCaseNumber(), "PROCEEDS_REIMBURSED", NoticeHtml.money(relief.reimbursement())
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
            saveShares(c, rules.proceeds(SeizureRules.ProceedsSource.SALE, s.getHeldProceeds(), expenses, List.of(),
                    penalty));
        }
        s.proceedsDistributed(today);
    }

    private void closeElectionDeadlines(CaseFile c) {
        for (String name : List.of(DeadlineNames.PETITION, DN_CLAIM, DeadlineNames.DECISION_VALID_UNTIL, DN_SUMMARY_SALE)) {
            caseFiles.closeDeadline(c, name, CaseDeadline.MET);
        }
    }

    private void release(CaseFile c, SeizureCase s, String reason) {
        s.released(today(c), reason.length() > 200 ? reason.substring(0, 200) : reason);
        custody.save(new CustodyEvent(c.getId(), today(c), CustodyEvent.Kind.RELEASED, s.getStorageLocation(), reason,
                clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(c.getCaseNumber(), "PROPERTY_RELEASED", reason);
    }

    /** 19 U.S.C. 1613: storage (a priority claim) and the other expenses first, then liens, then the fund. */
    private void applyProceeds(CaseFile c, SeizureCase s, BigDecimal gross, LocalDate on, SeizureRules.ProceedsSource source) {
        List<SeizureRules.Expense> expenses = storageExpense(s, on);
        SeizureRules.Distribution d = source == SeizureRules.ProceedsSource.SALE
                ? rules.proceeds(source, gross, expenses, List.of(), penaltyAndCosts(s))
                : rules.paymentOfValue(gross, s.getAppraisedValue(), expenses, List.of(), null);
        saveShares(c, d);
    }

    /** The shares as the rules computed them, each once: they add up to the gross (19 U.S.C. 1613(a)). */
    private void saveShares(CaseFile c, SeizureRules.Distribution d) {
        int seq = proceedsShares.findByCaseIdOrderBySeqAsc(c.getId()).size();
        List<ProceedsShare> rows = new ArrayList<>();
        for (SeizureRules.Share share : d.shares()) {
            rows.add(new ProceedsShare(c.getId(), ++seq, share.what(), share.paid(), share.citation(), clock.instant()));
        }
        proceedsShares.saveAll(rows);
        caseFiles.addComputation(c, d.steps());
    }

    private List<SeizureRules.Expense> storageExpense(SeizureCase s, LocalDate on) {
        List<SeizureRules.Expense> expenses = new ArrayList<>();
        if (s.getDailyStorageRate() != null && s.getDailyStorageRate().signum() > 0) {
            expenses.add(new SeizureRules.Expense(SeizureRules.ExpenseKind.CUSTODY_STORAGE,
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
        if (!"1592".equals(s.getStatute())) {
            return null;
        }
        if (s.getFinalPenalty1592() == null) {
            throw new Problems.RuleViolation("This is a 1592 seizure: the proceeds above the final penalty and costs go"
                    + " back to the violator, so record the final penalty (POST /api/v1/seizure-cases/"
                    + "{caseNumber}/penalty-1592) before the proceeds are distributed.", "19 U.S.C. 1613(b)");
        }
        return s.getFinalPenalty1592().add(s.getPenaltyCosts1592() == null ? BigDecimal.ZERO : s.getPenaltyCosts1592());
    }

    // ------------------------------------------------------------------------------------------ petition family

    @Override
    public CaseFamily family() {
        return CaseFamily.SEIZURE;
    }

    @Override
    public String statute(CaseFile caseFile) {
        return seizure(caseFile).getStatute();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        return null;
    }

    @Override
    public MitigationRules.FloorRule floorRule() {
        return NO_FLOOR;
    }

    /** After a sale, a petition is for the proceeds, within three months of it (19 U.S.C. 1613(a)). */
    @Override
    public java.util.Optional<CaseDeadline> petitionPeriod(CaseFile caseFile, String filedBy, boolean supplemental) {
        return supplemental ? java.util.Optional.empty() : caseFiles.openDeadline(caseFile, DN_PROCEEDS);
    }

    // ------------------------------------------------------------------------------------------ reading

    public record ItemView(int line, String description, int quantity, BigDecimal appraisedValue, boolean perishable,
                           boolean prohibited, boolean counterfeit, boolean summarilySold) {
    }

    public record CustodyView(LocalDate date, String kind, String location, String note, String recordedBy) {
    }

    public record ShareView(int seq, String share, BigDecimal amount, String citation) {
    }

    public record PropertyView(String caseNumber, String statute, LocalDate seizureDate, String placeOfSeizure,
                               BigDecimal appraisedValue, String appraisalBasis, String path, String pathCitation,
                               BigDecimal costBond, String storageLocation, BigDecimal dailyStorageRate,
                               BigDecimal storageAccruedToday, LocalDate summarySaleDate, boolean hazardous,
                               boolean highRisk, String highRiskReasons, LocalDate noticeMailed,
                               LocalDate firstPublication, LocalDate publicationEnds, LocalDate petitionDue,
                               LocalDate claimDue, LocalDate forfeitureDate, String forfeitureBasis,
                               String summaryAction, String dispositionMethod, LocalDate dispositionDate,
                               String disposer, String recipientAgency, String witness, String certificate,
                               BigDecimal grossProceeds, LocalDate proceedsPetitionDue, LocalDate releasedDate,
                               String releaseReason, BigDecimal releaseBond, String releaseBondNote,
                               List<ItemView> items, List<CustodyView> custody, List<ShareView> proceeds,
                               LocalDate trademarkOwnerConsentDate, BigDecimal heldProceeds,
                               LocalDate proceedsDistributed, BigDecimal maximumPenalty1592,
                               BigDecimal finalPenalty1592) {
    }

    @Transactional(readOnly = true)
    public PropertyView property(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        ReleaseBond bond = releaseBond(c, s);
        BigDecimal accrued = s.getDailyStorageRate() == null ? BigDecimal.ZERO
                : rules.accruedStorage(s.getDailyStorageRate(), s.getSeizureDate(),
                s.getDispositionDate() != null ? s.getDispositionDate() : today(c)).amount();
        return new PropertyView(caseNumber, s.getStatute(), s.getSeizureDate(), s.getPlaceOfSeizure(),
                s.getAppraisedValue(), s.getAppraisalBasis(), s.getForfeiturePath(), s.getPathCitation(), s.getCostBond(),
                s.getStorageLocation(), s.getDailyStorageRate(), accrued, s.getSummarySaleDate(), s.isHazardous(),
                s.isHighRisk(), s.getHighRiskReasons(), s.getNoticeMailed(), s.getFirstPublication(),
                s.getPublicationEnds(), s.getPetitionDue(), s.getClaimDue(), s.getForfeitureDate(),
                s.getForfeitureBasis(), s.getSummaryAction(), s.getDispositionMethod(), s.getDispositionDate(),
                s.getDisposer(), s.getRecipientAgency(), s.getWitness(), s.getCertificateRef(), s.getGrossProceeds(),
                s.getProceedsPetitionDue(), s.getReleasedDate(), s.getReleaseReason(), bond.amount, bond.note,
                items.findByCaseIdOrderByLineNoAsc(c.getId()).stream().map(i -> new ItemView(i.getLineNo(),
                        i.getDescription(), i.getQuantity(), i.getAppraisedValue(), i.isPerishable(), i.isProhibited(),
                        i.isCounterfeit(), i.isSummarilySold())).toList(),
                custody.findByCaseIdOrderByIdAsc(c.getId()).stream().map(e -> new CustodyView(e.getEventDate(),
                        e.getKind(), e.getLocation(), e.getNote(), e.getRecordedBy())).toList(),
                proceedsShares.findByCaseIdOrderBySeqAsc(c.getId()).stream().map(p -> new ShareView(p.getSeq(),
                        p.getShareName(), p.getAmount(), p.getCitation())).toList(),
                s.getTrademarkOwnerConsentDate(), s.getHeldProceeds(), s.getProceedsDistributed(),
                s.getMaximumPenalty1592(), s.getFinalPenalty1592());
    }

    private record ReleaseBond(BigDecimal amount, String note) {
    }

    /**
     * The security required to release the property on bond; higher for a high-risk shipment (EO 14411 Sec. 5). The
     * order states no figure: until an administrator sets the multiple, a high-risk shipment has none and says why.
     */
    private ReleaseBond releaseBond(CaseFile c, SeizureCase s) {
        if ("1592".equals(s.getStatute())) {
            try {
                SeizureFacts facts = facts(c, s);
                Computation security = rules.releaseSecurity1592(s.getAppraisedValue(), s.getMaximumPenalty1592(),
                        facts.anyProhibited(), rules.highRisk(facts), parameters, today(c));
                return new ReleaseBond(security.amount(), security.steps().get(security.steps().size() - 1).rule());
            } catch (Problems.RuleViolation refused) {
                return new ReleaseBond(null, refused.getMessage());
            }
        }
        try {
            Computation bond = rules.releaseBond(s.getAppraisedValue(), rules.highRisk(facts(c, s)), parameters, today(c));
            return new ReleaseBond(bond.amount(), bond.steps().get(bond.steps().size() - 1).rule());
        } catch (Problems.RuleViolation unknown) {
            return new ReleaseBond(null, unknown.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A yes/no a form may leave empty: null when not given. */
    private static Boolean optionalBool(Object value) {
        return value == null || value.toString().isBlank() ? null : bool(value);
    }

    private CaseFile family(CaseFile c) {
        if (c.getFamily() != CaseFamily.SEIZURE) {
            throw new Problems.NotFound("Case " + c.getCaseNumber() + " is not a seizure case.");
        }
        return c;
    }

    /** Today at the case's office (its calendar gives legal dates). */
    private LocalDate today(CaseFile c) {
        return calendar.today(c.getOfficeCode());
    }

    /** Today at the office of a case that may not exist yet (null: the default zone). */
    private LocalDate today(String caseNumber) {
        return caseNumber == null ? calendar.today(null) : today(caseFile(caseNumber));
    }

    /** The timer of a period whose last lawful day is {@code lastDay}: it closes when that day ends at the office. */
    private Date closes(CaseFile c, LocalDate lastDay) {
        return calendar.periodCloses(lastDay, c.getOfficeCode());
    }

    /** The timer of something that may happen on a day (a sale date opening, a reminder): when that day begins. */
    private Date begins(CaseFile c, LocalDate day) {
        return calendar.dayBegins(day, c.getOfficeCode());
    }

    private CaseFile caseFile(String caseNumber) {
        return caseFileRepository.ofProcess(caseNumber);
    }

    private SeizureCase seizure(CaseFile c) {
        return seizures.findById(c.getId())
                .orElseThrow(() -> new IllegalStateException("Case " + c.getCaseNumber() + " is not a seizure case"));
    }

    private SeizureNotices.Addressee addressee(CaseFile c) {
        String party = c.getPartyId() == null ? "the owner" : parties.get(c.getPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new SeizureNotices.Addressee(party, office);
    }

}
