package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import gov.fpf.rules.Computation;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseTimers;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.SeizureStatute;
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
    static final String DN_FORFEITURE_SOL = ForfeitureLimitation.DEADLINE;
    static final String DN_CUSTOMHOUSE_POSTING = "Customhouse posting of the notice of seizure";
    static final String DN_CAFRA_NOTICE = "CAFRA notice of seizure (18 U.S.C. 983(a)(1))";
    static final String DN_CAFRA_CLAIM = "CAFRA claim (18 U.S.C. 983(a)(2))";
    static final String DN_COMPLAINT = "Complaint for forfeiture (18 U.S.C. 983(a)(3))";
    /** A deadline moved to a new date (a new storage rate): the old row is closed with this status. */
    static final String MOVED = "MOVED";
    static final String SALE_SCOPE_WHOLE = SeizureForfeitureProcess.SALE_SCOPE_WHOLE_SEIZURE;
    static final String SALE_SCOPE_PERISHABLE_ITEMS = SeizureForfeitureProcess.SALE_SCOPE_PERISHABLE_ITEMS;
    /** The EO 14411 floor is not applied to remissions of forfeiture: the order does not say it is (reference 9). */
    static final MitigationRules.FloorRule NO_FLOOR = new MitigationRules.FloorRule("seizure.remission.floor-share",
            "Remission floor", "appraised value");

    public record NewItem(String description, Integer quantity, BigDecimal appraisedValue, Boolean perishable,
                          Boolean prohibited, Boolean counterfeit) {
    }

    /**
     * @param discoveryDate            discovery of the offense (19 U.S.C. 1621); the limitation runs from it
     * @param involvementDiscoveryDate discovery of the property's involvement, if later (the 2-year branch of 1621)
     * @param tolledDays               days not counted under 1621(2) (absence of the person, concealment of the property)
     * @param interestedParties        other parties who appear to have an interest (1607(a)): each gets the notice
     */
    public record NewSeizureCase(Long partyId, LocalDate seizureDate, String statute, List<NewItem> items,
                                 BigDecimal projectedStorageCost, String placeOfSeizure, String cause,
                                 String possessorName, Boolean drugConveyance, Boolean monetaryInstrument,
                                 String officeCode, LocalDate discoveryDate, LocalDate involvementDiscoveryDate,
                                 Integer tolledDays, String tollingReason, List<NewInterestedParty> interestedParties) {

        public NewSeizureCase(Long partyId, LocalDate seizureDate, String statute, List<NewItem> items,
                              BigDecimal projectedStorageCost, String placeOfSeizure, String cause, String possessorName,
                              Boolean drugConveyance, Boolean monetaryInstrument, String officeCode,
                              LocalDate discoveryDate) {
            this(partyId, seizureDate, statute, items, projectedStorageCost, placeOfSeizure, cause, possessorName,
                    drugConveyance, monetaryInstrument, officeCode, discoveryDate, null, null, null, null);
        }
    }

    /** A party who appears to have an interest in the property (19 U.S.C. 1607(a); 19 CFR 162.31). */
    public record NewInterestedParty(String name, InterestedParty.Role role, LocalDate noticeSentDate) {
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
    private final gov.fpf.rules.EoRules eoRules;
    private final OfficeCalendar calendar;
    private final SeizureTimelineRepository timelines;
    private final InterestedPartyRepository interestedParties;
    private final CaseTimers caseTimers;
    private final gov.fpf.rules.penalties.PenaltyMaximums penaltyMaximums;

    SeizureCaseService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, SeizureCaseRepository seizures,
                       SeizureItemRepository items, CustodyEventRepository custody,
                       ProceedsShareRepository proceedsShares, PetitionRepository petitions,
                       PetitionService petitionService, PartyService parties, OfficeAccess officeAccess,
                       OfficeRepository offices, SeizureRules rules, MitigationRules mitigationRules,
                       Deadlines deadlines, LegalParameters parameters,
                       CaseWork caseWork, AuditLog auditLog, Clock clock, OfficeCalendar calendar,
                       gov.fpf.rules.EoRules eoRules, SeizureTimelineRepository timelines,
                       InterestedPartyRepository interestedParties, CaseTimers caseTimers,
                       gov.fpf.rules.penalties.PenaltyMaximums penaltyMaximums) {
        this.eoRules = eoRules;
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
        this.timelines = timelines;
        this.interestedParties = interestedParties;
        this.caseTimers = caseTimers;
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
        SeizureStatute law = SeizureStatute.of(r.statute()).orElseThrow(() -> new Problems.InvalidInput("statute: '"
                + r.statute() + "' is not a seizure statute this process handles; use one of "
                + String.join(", ", SeizureStatute.texts()) + " (libel seizures go to the U.S. Attorney)."));
        String statute = law.text();
        LimitationInput limitation = limitationInput(r, today);
        List<NewInterestedParty> others = interestedPartiesInput(r.interestedParties());
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
        Computation costBond = law.cafra() ? noCostBond() : rules.costBond(value.amount(), parameters, today);
        List<TraceStep> solTrace = new ArrayList<>();
        Deadline sol = ForfeitureLimitation.limitation(limitation.discovery(), limitation.stated(),
                limitation.involvement(), limitation.tolledDays(), limitation.tollingReason(), parameters, solTrace);
        Deadline cafraNotice = law.cafra() ? deadlines.due("CAFRA notice of seizure", ParameterNames.CAFRA_NOTICE,
                r.seizureDate()) : null;

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
        trace.addAll(solTrace);
        if (law.cafra()) {
            trace.add(new TraceStep("CAFRA track", statute, "a non-Title-19 civil forfeiture: written notice within 60"
                    + " days of the seizure, a claim at least 35 days after mailing with no cost bond, a complaint within"
                    + " 90 days of a claim or the property is returned", "18 U.S.C. 983(a); 19 CFR 162.92", null));
            trace.add(cafraNotice.trace());
        }
        timelines.save(new SeizureTimeline(c.getId(), limitation.discovery(), limitation.stated(),
                limitation.involvement(), limitation.tolledDays(), limitation.tollingReason(), sol.due(), law.cafra(),
                cafraNotice == null ? null : cafraNotice.due()));
        for (NewInterestedParty other : others) {
            interestedParties.save(new InterestedParty(c.getId(), other.name(), other.role(), other.noticeSentDate(),
                    clock.instant(), CurrentUser.id()));
        }
        caseFiles.recordOpeningComputation(c, value.amount(), DN_FORFEITURE_SOL, sol.trigger(), sol.due(),
                sol.citation(), trace);
        if (cafraNotice != null) {
            caseFiles.addDeadline(c, DN_CAFRA_NOTICE, r.seizureDate(), cafraNotice.due(), cafraNotice.citation());
        }
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
        start.put(VAR_CAFRA_SEIZURE, law.cafra());
        caseWork.startCase(SeizureForfeitureProcess.KEY, c.getCaseNumber(), officeCode, start);
        return c.getCaseNumber();
    }

    private record LimitationInput(LocalDate discovery, boolean stated, LocalDate involvement, int tolledDays,
                                   String tollingReason) {
    }

    /** 19 U.S.C. 1621: the dates the forfeiture limitation runs from, checked. */
    private LimitationInput limitationInput(NewSeizureCase r, LocalDate today) {
        if (r.discoveryDate() == null) {
            throw new Problems.InvalidInput("discoveryDate: the date the offense was discovered is required; the"
                    + " forfeiture limitation runs from it (19 U.S.C. 1621), not from the seizure date.");
        }
        if (r.discoveryDate().isAfter(today)) {
            throw new Problems.InvalidInput("discoveryDate: the offense cannot be discovered in the future (was "
                    + r.discoveryDate() + ").");
        }
        if (r.involvementDiscoveryDate() != null && r.involvementDiscoveryDate().isAfter(today)) {
            throw new Problems.InvalidInput("involvementDiscoveryDate: not in the future (was "
                    + r.involvementDiscoveryDate() + ").");
        }
        int tolled = r.tolledDays() == null ? 0 : r.tolledDays();
        if (tolled < 0 || tolled > 36500) {
            throw new Problems.InvalidInput("tolledDays: the days not counted under 19 U.S.C. 1621(2), 0 or more.");
        }
        String reason = text(r.tollingReason());
        if (tolled > 0 && reason == null) {
            throw new Problems.InvalidInput("tollingReason: say why the days are not counted (absence of the person,"
                    + " concealment or absence of the property, 19 U.S.C. 1621(2)).");
        }
        if (reason != null && reason.length() > 500) {
            throw new Problems.InvalidInput("tollingReason: at most 500 characters.");
        }
        boolean stated = r.discoveryDate() != null;
        return new LimitationInput(stated ? r.discoveryDate() : r.seizureDate(), stated, r.involvementDiscoveryDate(),
                tolled, reason);
    }

    private static List<NewInterestedParty> interestedPartiesInput(List<NewInterestedParty> given) {
        if (given == null) {
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            checkInterestedParty(given.get(i), "interestedParties[" + i + "].");
        }
        return given;
    }

    private static void checkInterestedParty(NewInterestedParty p, String at) {
        if (p == null || p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw new Problems.InvalidInput(at + "name: the party's name, at most 200 characters.");
        }
        if (p.role() == null) {
            throw new Problems.InvalidInput(at + "role: one of " + List.of(InterestedParty.Role.values()) + ".");
        }
    }

    /** 18 U.S.C. 983(a)(2)(E): a CAFRA claim needs no cost bond. */
    private static Computation noCostBond() {
        return new Computation(BigDecimal.ZERO, List.of(new TraceStep(SeizureRules.STEP_COST_BOND, "0.00",
                "no cost bond: a claim under CAFRA is made without one", "18 U.S.C. 983(a)(2)(E)", null)));
    }

    /** The case's timeline; a case opened before it was kept gets one from its seizure date (as it was counted). */
    private SeizureTimeline timeline(CaseFile c) {
        return timelines.findById(c.getId()).orElseGet(() -> {
            SeizureCase s = seizure(c);
            boolean cafra = SeizureStatute.of(s.getStatute()).map(SeizureStatute::cafra).orElse(false);
            return timelines.save(new SeizureTimeline(c.getId(), s.getSeizureDate(), false, null, 0, null,
                    s.getSeizureDate().plusYears(5), cafra, null));
        });
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
        boolean repeat = party != null && repeatOffender(party, caseNumber, seizureDate);
        // EO 14411 Sec. 2(d): good standing is a fact of every importer of record, U.S. or foreign, from its instrument
        boolean notInStanding = party != null && !party.isGoodStanding()
                && eoRules.inForce(gov.fpf.rules.EoRule.GOOD_STANDING, today(caseNumber)).isPresent();
        return new SeizureFacts(seizureDate, statute, seized, drugConveyance, monetaryInstrument, dailyRate, hazardous,
                highRisk, repeat, notInStanding);
    }

    /**
     * EO 14411 Sec. 4(c) repeat offender on today's rule (a high-risk reason, EO Sec. 5): final findings before the
     * seizure, not counting this case.
     */
    private boolean repeatOffender(Party party, String caseNumber, LocalDate seizureDate) {
        List<MitigationRules.PriorFinding> findings = parties.violations(party.getId()).stream()
                .filter(v -> caseNumber == null || !caseNumber.equals(v.getCaseNumber()))
                .map(v -> new MitigationRules.PriorFinding(v.getCaseNumber(), v.getKind().name(), v.getFindingDate(),
                        v.getKind().isFinding()))
                .toList();
        return mitigationRules.repeatOffenderInForce(findings, seizureDate, today(caseNumber), parameters)
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

    /** Voluntary abandonment (CBP Form 4607) by the party the property was seized from. */
    @Transactional
    public void abandon(String caseNumber, LocalDate signedDate, String signedBy) {
        abandon(caseNumber, signedDate, signedBy, null);
    }

    /**
     * Voluntary abandonment (CBP Form 4607) by one party: the party the property was seized from
     * ({@code interestedPartyId} null) or a recorded interested party. It binds only that party: while another
     * party who appears to have an interest has not abandoned, the notice, publication and claim period stay open for
     * it (19 U.S.C. 1607(a), 1608) and forfeiture is declared when the election period ends (1609). A sole owner's
     * abandonment forfeits by assent at once (EO 14411 Sec. 5).
     */
    @Transactional
    public void abandon(String caseNumber, LocalDate signedDate, String signedBy, Long interestedPartyId) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        family(c);
        SeizureTimeline t = timeline(c);
        List<InterestedParty> others = interestedParties.findByCaseIdOrderByIdAsc(c.getId());
        if (interestedPartyId == null) {
            if (t.getOwnerAbandonedDate() != null) {
                throw new Problems.RuleViolation("The party the property was seized from already abandoned it on "
                        + t.getOwnerAbandonedDate() + ". Nothing was recorded.", "19 CFR 162.31");
            }
            t.ownerAbandoned(signedDate);
        } else {
            InterestedParty party = others.stream().filter(p -> p.getId().equals(interestedPartyId)).findFirst()
                    .orElseThrow(() -> new Problems.InvalidInput("interestedPartyId: " + interestedPartyId
                            + " is not an interested party of " + caseNumber + "."));
            if (party.getAbandonedDate() != null) {
                throw new Problems.RuleViolation(party.getName() + " already abandoned its interest on "
                        + party.getAbandonedDate() + ". Nothing was recorded.", "19 CFR 162.31");
            }
            party.abandoned(signedDate);
        }
        List<String> keepRights = new ArrayList<>();
        if (t.getOwnerAbandonedDate() == null) {
            keepRights.add("the party the property was seized from");
        }
        others.stream().filter(p -> p.getAbandonedDate() == null).forEach(p -> keepRights.add(p.getName()));
        boolean othersKeepRights = !keepRights.isEmpty();
        auditLog.caseEvent(caseNumber, othersKeepRights ? "ABANDONMENT_BY_ONE_PARTY" : "ABANDONMENT_RECEIVED",
                "CBP Form 4607 signed " + signedDate + " by " + signedBy + (othersKeepRights
                        ? ": that party's interest is abandoned; " + String.join(", ", keepRights) + " keep their notice"
                        + " and claim rights (19 U.S.C. 1607(a), 1608) until the election period ends"
                        : ": the property is abandoned to the United States"), null);
        if (othersKeepRights) {
            caseFiles.addComputation(c, List.of(new TraceStep("Abandonment by one party", signedBy,
                    "binds only the party who abandons; " + String.join(", ", keepRights) + " keep the notice, the"
                            + " publication and the claim period; forfeiture is declared when the election period ends",
                    "19 U.S.C. 1607(a), 1608, 1609", null)));
        }
        if (!caseWork.deliver(CaseMessages.ABANDONMENT_RECEIVED, caseNumber, Map.of("abandonedBy", signedBy,
                VAR_OTHER_PARTIES_KEEP_RIGHTS, othersKeepRights))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an election now (status "
                    + c.getStatus() + "). Nothing was recorded.", "19 CFR 162.31");
        }
    }

    /**
     * A claim with cost bond (1608): within 20 days of the recorded first publication (a claim before the publication
     * is recorded is early, not late), with at least the cost bond. Under CAFRA (18 U.S.C. 983(a)(2)) by the date the
     * notice states, with no bond; the Government then has 90 days to file a complaint (983(a)(3)).
     */
    @Transactional
    public void claim(String caseNumber, LocalDate filedDate, String claimant, BigDecimal bondAmount) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        SeizureTimeline t = timeline(c);
        if (s.getNoticeMailed() == null) {
            throw new Problems.RuleViolation("No notice of seizure has been issued on " + caseNumber
                    + "; a claim answers that notice.", t.isCafra() ? "18 U.S.C. 983(a)(2)" : "19 U.S.C. 1608");
        }
        if (t.isCafra()) {
            cafraClaim(c, s, t, filedDate, claimant);
            return;
        }
        if (bondAmount == null) {
            throw new Problems.InvalidInput("bondAmount: a claim under 19 U.S.C. 1608 comes with a cost bond of at least "
                    + NoticeHtml.money(s.getCostBond()) + ".");
        }
        if (s.getClaimDue() != null && filedDate.isAfter(s.getClaimDue())) {
            throw new Problems.RuleViolation("The claim filed " + filedDate + " is late: claims with cost bond were due by "
                    + s.getClaimDue() + ", 20 days from the first publication on " + s.getFirstPublication() + ".",
                    "19 U.S.C. 1608; 19 CFR 162.45(a)(3), 162.47");
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
    public void record1592Penalty(String caseNumber, gov.fpf.rules.penalties.Culpability culpability, BigDecimal dutiableValue,
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
            moveSummarySaleDate(c, s, t);
        }
        CustodyEvent event = custody.save(new CustodyEvent(c.getId(), date, kind, location, note, clock.instant(),
                CurrentUser.id()));
        auditLog.caseEvent(caseNumber, "CUSTODY_" + kind, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " on " + date + (location == null ? "" : " at " + location)
                + (dailyRate == null ? "" : "; storage " + NoticeHtml.money(dailyRate) + " a day"), note);
        return event;
    }

    /** CAFRA claim (18 U.S.C. 983(a)(2)): no bond; the complaint for forfeiture is due 90 days after it (983(a)(3)). */
    private void cafraClaim(CaseFile c, SeizureCase s, SeizureTimeline t, LocalDate filedDate, String claimant) {
        if (s.getClaimDue() != null && filedDate.isAfter(s.getClaimDue())) {
            throw new Problems.RuleViolation("The claim filed " + filedDate + " is late: the notice of seizure set "
                    + s.getClaimDue() + " as the deadline, 35 days after mailing.", "18 U.S.C. 983(a)(2)(B)");
        }
        Deadline complaint = deadlines.due("Complaint for forfeiture", ParameterNames.CAFRA_COMPLAINT, filedDate);
        auditLog.caseEvent(c.getCaseNumber(), "CAFRA_CLAIM_RECEIVED", "claim by " + claimant + " filed " + filedDate
                + ", no cost bond (18 U.S.C. 983(a)(2)(E)); complaint for forfeiture due by " + complaint.due()
                + " or the property is returned (983(a)(3))", null);
        if (!caseWork.deliver(CaseMessages.CLAIM_AND_BOND_RECEIVED, c.getCaseNumber(), Map.of("claimant", claimant,
                VAR_COMPLAINT_DUE_DATE, closes(c, complaint.due())))) {
            throw new Problems.RuleViolation("Case " + c.getCaseNumber() + " is not waiting for a claim now. Nothing was"
                    + " recorded.", "18 U.S.C. 983(a)(2)");
        }
        t.cafraClaim(filedDate, complaint.due());
        caseFiles.closeDeadline(c, DN_CAFRA_CLAIM, CaseDeadline.MET);
        caseFiles.addDeadline(c, DN_COMPLAINT, filedDate, complaint.due(), complaint.citation());
        caseFiles.addComputation(c, List.of(complaint.trace()));
    }

    /**
     * Records the actual first publication of the notice of seizure on the forfeiture website (and the customhouse
     * posting, required when the value is at most the 162.45(b)(2) threshold): the 1608 claim period runs 20 days
     * from it, and no 1609 declaration comes before the claim period, the 30 days online and the 3 weeks' posting have
     * all run, nor before the petition period. Moves the election timer to that date.
     */
    @Transactional
    public PropertyView recordPublication(String caseNumber, LocalDate firstPublication, LocalDate customhousePosting) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        SeizureTimeline t = timeline(c);
        LocalDate today = today(c);
        if (firstPublication == null || firstPublication.isAfter(today) || firstPublication.isBefore(s.getSeizureDate())) {
            throw new Problems.InvalidInput("firstPublicationDate: the first day the notice was on the forfeiture website,"
                    + " between the seizure (" + s.getSeizureDate() + ") and today (was " + firstPublication + ").");
        }
        if (customhousePosting != null && (customhousePosting.isAfter(today)
                || customhousePosting.isBefore(s.getSeizureDate()))) {
            throw new Problems.InvalidInput("customhousePostingDate: between the seizure and today (was "
                    + customhousePosting + ").");
        }
        BigDecimal threshold = parameters.valueOn(ParameterNames.CUSTOMHOUSE_POSTING_THRESHOLD, firstPublication).value();
        boolean postingRequired = s.getAppraisedValue().compareTo(threshold) <= 0;
        if (postingRequired && customhousePosting == null) {
            throw new Problems.InvalidInput("customhousePostingDate: property appraised at "
                    + NoticeHtml.money(s.getAppraisedValue()) + " (at most " + NoticeHtml.money(threshold)
                    + ") is also posted at the customhouse for three successive weeks (19 CFR 162.45(b)(2)).");
        }
        if (t.isCafra()) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is a CAFRA seizure: its claim deadline is the one"
                    + " the notice letter states (18 U.S.C. 983(a)(2)(B)), not counted from publication.",
                    "18 U.S.C. 983(a)(2)");
        }
        if (s.getNoticeMailed() == null) {
            throw new Problems.RuleViolation("No notice of seizure has been issued on " + caseNumber + " yet.",
                    "19 CFR 162.45");
        }
        if (s.getFirstPublication() != null) {
            throw new Problems.RuleViolation("The first publication of " + caseNumber + " was already recorded ("
                    + s.getFirstPublication() + "). Nothing was recorded.", "19 CFR 162.45");
        }
        if (s.getForfeitureDate() != null || s.getReleasedDate() != null || s.getSummaryAction() != null) {
            throw new Problems.RuleViolation("The election on " + caseNumber + " is over (status " + c.getStatus()
                    + "). Nothing was recorded.", "19 U.S.C. 1608");
        }
        Deadline claimDue = rules.claimDue(firstPublication, parameters);
        Deadline publication = rules.publicationEnds(firstPublication, parameters);
        Deadline petitionDue = rules.petitionDue(s.getNoticeMailed(), parameters);
        List<TraceStep> trace = new ArrayList<>(List.of(new TraceStep("First publication", firstPublication.toString(),
                "recorded by " + CurrentUser.id() + " on " + today + " (not assumed to be the mailing date, "
                        + s.getNoticeMailed() + ")", "19 U.S.C. 1607(a); 19 CFR 162.45(b)", null),
                claimDue.trace(), publication.trace()));
        Deadline election = claimDue.due().isAfter(petitionDue.due()) ? claimDue : petitionDue;
        if (publication.due().isAfter(election.due())) {
            election = publication;
        }
        Deadline posting = null;
        if (customhousePosting != null) {
            ParameterValue weeks = new Deadlines(parameters).period(ParameterNames.CUSTOMHOUSE_POSTING, customhousePosting);
            LocalDate last = Deadlines.plus(customhousePosting, weeks).minusDays(1);
            posting = new Deadline("Customhouse posting", customhousePosting, last, weeks.citation(), weeks.reference(),
                    customhousePosting + " + " + Deadlines.describe(weeks) + " counting the first day of posting as day 1"
                            + (postingRequired ? "" : " (posted although the value is above the threshold)"));
            trace.add(posting.trace());
            if (posting.due().isAfter(election.due())) {
                election = posting;
            }
        }
        trace.add(new TraceStep(SeizureRules.DEADLINE_ELECTION, election.due().toString(), "the latest of the petition"
                + " period (" + petitionDue.due() + "), the claim period (" + claimDue.due() + "), the online"
                + " publication (" + publication.due() + ")" + (posting == null ? "" : " and the customhouse posting ("
                + posting.due() + ")") + ": no declaration of forfeiture before all have run",
                "19 U.S.C. 1607(a), 1608, 1609; 19 CFR 162.45, 171.2(b)(1)", null));
        s.published(firstPublication, publication.due(), claimDue.due());
        t.customhousePosting(customhousePosting, posting == null ? null : posting.due());
        t.electionDue(election.due());
        caseFiles.addDeadline(c, DN_CLAIM, firstPublication, claimDue.due(), claimDue.citation());
        caseFiles.addDeadline(c, DN_PUBLICATION, firstPublication, publication.due(), publication.citation());
        if (posting != null) {
            caseFiles.addDeadline(c, DN_CUSTOMHOUSE_POSTING, customhousePosting, posting.due(), posting.citation());
        }
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, "PUBLICATION_RECORDED", "first published " + firstPublication
                + (customhousePosting == null ? "" : ", posted at the customhouse " + customhousePosting)
                + "; claim with cost bond due by " + claimDue.due() + "; election closes after " + election.due());
        caseTimers.move(SeizureForfeitureProcess.KEY, caseNumber, INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED,
                VAR_ELECTION_DUE_DATE, closes(c, election.due()));
        return property(caseNumber);
    }

    public record InterestedPartyView(long id, String name, String role, LocalDate noticeSentDate,
                                      LocalDate abandonedDate) {
    }

    /** Records another party who appears to have an interest (19 U.S.C. 1607(a)): it gets the notice of seizure. */
    @Transactional
    public InterestedPartyView addInterestedParty(String caseNumber, NewInterestedParty p) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        checkInterestedParty(p, "");
        if (p.noticeSentDate() != null && (p.noticeSentDate().isAfter(today(c))
                || p.noticeSentDate().isBefore(s.getSeizureDate()))) {
            throw new Problems.InvalidInput("noticeSentDate: between the seizure and today (was " + p.noticeSentDate() + ").");
        }
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is closed.", "19 U.S.C. 1607(a)");
        }
        InterestedParty saved = interestedParties.save(new InterestedParty(c.getId(), p.name().strip(), p.role(),
                p.noticeSentDate(), clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(caseNumber, "INTERESTED_PARTY_RECORDED", p.name().strip() + " (" + p.role() + ")"
                + (p.noticeSentDate() == null ? "" : ", notice of seizure sent " + p.noticeSentDate()));
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<InterestedPartyView> interestedParties(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        family(c);
        return interestedParties.findByCaseIdOrderByIdAsc(c.getId()).stream().map(SeizureCaseService::view).toList();
    }

    private static InterestedPartyView view(InterestedParty p) {
        return new InterestedPartyView(p.getId(), p.getName(), p.getRole(), p.getNoticeSentDate(), p.getAbandonedDate());
    }

    public record TimelineView(String caseNumber, LocalDate discoveryDate, boolean discoveryStated,
                               LocalDate involvementDiscoveryDate, int tolledDays, String tollingReason,
                               LocalDate limitationDate, LocalDate firstPublication, LocalDate customhousePostingDate,
                               LocalDate customhousePostingEnds, LocalDate claimDue, LocalDate electionDue,
                               LocalDate supplementalPetitionDue, LocalDate ownerAbandonedDate, boolean cafra,
                               LocalDate cafraNoticeDue, LocalDate cafraClaimDate, LocalDate complaintDue) {
    }

    /** The dates the seizure's periods run from and to (limitation, publication, election, CAFRA). */
    @Transactional
    public TimelineView timeline(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = seizure(family(c));
        SeizureTimeline t = timeline(c);
        return new TimelineView(caseNumber, t.getDiscoveryDate(), t.isDiscoveryStated(), t.getInvolvementDiscoveryDate(),
                t.getTolledDays(), t.getTollingReason(), t.getLimitationDate(), s.getFirstPublication(),
                t.getCustomhousePostingDate(), t.getCustomhousePostingEnds(), s.getClaimDue(), t.getElectionDue(),
                t.getSupplementalPetitionDue(), t.getOwnerAbandonedDate(), t.isCafra(), t.getCafraNoticeDue(),
                t.getCafraClaimDate(), t.getComplaintDue());
    }

    /**
     * A new storage rate moves the 1612 date where it acts: the case deadline and the process timer that opens the
     * summary sale or destruction (19 U.S.C. 1612; 19 CFR 162.48). Nothing moves once the property is sold, destroyed,
     * disposed of or released, or the approval has already opened.
     */
    private void moveSummarySaleDate(CaseFile c, SeizureCase s, SeizureRules.SummarySaleThreshold t) {
        if (s.getSummaryAction() != null || s.getDispositionDate() != null || s.getReleasedDate() != null) {
            return;
        }
        caseFiles.closeDeadline(c, DN_SUMMARY_SALE, MOVED);
        if (!t.never()) {
            caseFiles.addDeadline(c, DN_SUMMARY_SALE, s.getSeizureDate(), t.date(), "19 U.S.C. 1612; 19 CFR 162.48");
        }
        int moved = caseTimers.move(SeizureForfeitureProcess.KEY, c.getCaseNumber(),
                START_EVENT_STORAGE_COST_THRESHOLD_REACHED, VAR_SUMMARY_SALE_DATE,
                begins(c, t.never() ? NEVER : t.date()));
        auditLog.caseEvent(c.getCaseNumber(), "SUMMARY_SALE_DATE_MOVED", "the 1612 summary sale or destruction opens on "
                + (t.never() ? "no date (no storage cost)" : t.date()) + (moved > 0 ? "; the process timer was moved" : ""));
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
                facts.partyRepeatOffender(), facts.iorNotInGoodStanding());
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
        Computation bond = timeline(c).isCafra() ? noCostBond() : rules.costBond(s.getAppraisedValue(), parameters, today);
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
                SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), addressee(c), today(c),
                        parameters));
        return Map.of();
    }

    @Override
    @Transactional
    public Map<String, Object> issueNoticeOfSeizure(String caseNumber, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        SeizureTimeline t = timeline(c);
        LocalDate mailed = today(c);
        if (t.isCafra()) {
            return issueCafraNotice(c, s, t, mailed);
        }
        Deadline petitionDue = rules.petitionDue(mailed, parameters);
        // The claim period runs from the actual first publication (1608; 162.45(a)(3)), recorded when it happens
        // (recordPublication); publication is at "approximately the same time" as mailing (88 FR 31268), not the same day
        // by law. Until it is recorded the election cannot close: the timer waits on a date that never comes.
        s.noticed(mailed, null, null, petitionDue.due(), null);
        for (InterestedParty other : interestedParties.findByCaseIdOrderByIdAsc(c.getId())) {
            if (other.getNoticeSentDate() == null) {
                other.noticeSent(mailed);
            }
        }
        caseFiles.storeNotice(c, SeizureNotices.NOTICE_OF_SEIZURE, "Notice of seizure and election of proceedings", mailed,
                SeizureNotices.noticeOfSeizure(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), addressee(c), mailed,
                        null, null, petitionDue, null, parameters));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        caseFiles.addComputation(c, List.of(petitionDue.trace(), new TraceStep(SeizureRules.DEADLINE_CLAIM,
                "from the first publication", "20 days from the actual first publication, once recorded; the election"
                + " closes only after the claim period and the publication have run", "19 U.S.C. 1608; 19 CFR"
                + " 162.45(a)(3)", null)));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "notice of seizure mailed; publication to be recorded");
        return Map.of(VAR_PETITION_DUE_DATE, closes(c, petitionDue.due()),
                VAR_ELECTION_DUE_DATE, begins(c, NEVER));
    }

    /**
     * 18 U.S.C. 983(a)(1)(A): written notice within 60 days of the seizure, else the property is returned
     * (983(a)(1)(F)); the letter sets a claim deadline at least 35 days after mailing (983(a)(2)(B)); no cost bond.
     */
    private Map<String, Object> issueCafraNotice(CaseFile c, SeizureCase s, SeizureTimeline t, LocalDate mailed) {
        LocalDate noticeDue = t.getCafraNoticeDue() != null ? t.getCafraNoticeDue()
                : deadlines.due("CAFRA notice of seizure", ParameterNames.CAFRA_NOTICE, s.getSeizureDate()).due();
        if (mailed.isAfter(noticeDue)) {
            caseFiles.closeDeadline(c, DN_CAFRA_NOTICE, CaseDeadline.LAPSED);
            caseFiles.addComputation(c, List.of(new TraceStep("CAFRA notice", "too late", "no notice was sent by "
                    + noticeDue + ", 60 days from the seizure: the property is returned", "18 U.S.C. 983(a)(1)(A), (F)",
                    null)));
            auditLog.caseEvent(c.getCaseNumber(), "CAFRA_NOTICE_TOO_LATE", "no notice of seizure within 60 days (due "
                    + noticeDue + "): the property must be returned (18 U.S.C. 983(a)(1)(F))");
            return Map.of(VAR_CAFRA_NOTICE_TIMELY, false);
        }
        Deadline petitionDue = rules.petitionDue(mailed, parameters);
        Deadline claimDue = deadlines.due("Claim (CAFRA)", ParameterNames.CAFRA_CLAIM, mailed);
        s.noticed(mailed, null, null, petitionDue.due(), claimDue.due());
        for (InterestedParty other : interestedParties.findByCaseIdOrderByIdAsc(c.getId())) {
            if (other.getNoticeSentDate() == null) {
                other.noticeSent(mailed);
            }
        }
        caseFiles.storeNotice(c, SeizureNotices.NOTICE_OF_SEIZURE, "Notice of seizure and information to claimants"
                + " (CAFRA)", mailed, SeizureNotices.cafraNoticeOfSeizure(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                addressee(c), mailed, noticeDue, claimDue, parameters));
        caseFiles.closeDeadline(c, DN_CAFRA_NOTICE, CaseDeadline.MET);
        caseFiles.addDeadline(c, DN_CAFRA_CLAIM, mailed, claimDue.due(), claimDue.citation());
        caseFiles.addComputation(c, List.of(new TraceStep("CAFRA notice", mailed.toString(), "mailed within 60 days of"
                + " the seizure (by " + noticeDue + ")", "18 U.S.C. 983(a)(1)(A)", null), claimDue.trace()));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "CAFRA notice of seizure mailed");
        return Map.of(VAR_CAFRA_NOTICE_TIMELY, true, VAR_CLAIM_DUE_DATE, closes(c, claimDue.due()));
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
        // 19 CFR 171.61: a supplemental petition within 60 days of notice of the decision (not after a decision on the
        // proceeds of a sale, which ends the case); a denied property is neither forfeited nor disposed of before then
        boolean proceedsPetition = bool(v.get(VAR_PROCEEDS_PETITION));
        boolean cancelled = petition.getOutcome() == Petition.Outcome.CANCEL;
        Deadline supplementalDue = proceedsPetition || cancelled || petition.isSupplemental() ? null
                : deadlines.due(DeadlineNames.SUPPLEMENTAL_PETITION, ParameterNames.SUPPLEMENTAL_PETITION, notice);
        caseFiles.recordDecidedAmount(c, petition.getDecidedAmount(), petition.getOutcome() + " on petition " + petition.getId());
        caseFiles.storeNotice(c, SeizureNotices.DECISION_LETTER, "Decision on petition", notice,
                SeizureNotices.decisionLetter(c, s, addressee(c), notice, petition, petition.getDecidedAmount(),
                        validUntil, null, petitionService.repeatOffenderReason(c), supplementalDue));
        if (supplementalDue != null) {
            timeline(c).supplementalPetitionDue(supplementalDue.due());
            caseFiles.closeDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, CaseDeadline.MET);
            caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(),
                    supplementalDue.citation());
            caseFiles.addComputation(c, List.of(supplementalDue.trace()));
        }
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, CaseDeadline.MET);
        caseFiles.changeStatus(c, CaseStatus.DECIDED, (remitted ? "remission granted" : "relief denied")
                + " on petition " + petition.getId());
        Map<String, Object> out = new HashMap<>();
        out.put(VAR_REMITTED, remitted);
        if (!remitted && !proceedsPetition) {
            // after a supplemental petition is denied no further one lies (171.61-171.63): the window closes at once
            out.put(VAR_SUPPLEMENTAL_PETITION_DUE_DATE, supplementalDue == null ? begins(c, notice)
                    : closes(c, supplementalDue.due()));
        }
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
        for (String name : List.of(DeadlineNames.PETITION, DN_CLAIM, DeadlineNames.DECISION_VALID_UNTIL,
                DeadlineNames.SUPPLEMENTAL_PETITION, DN_CAFRA_CLAIM)) {
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
        // EO 14411 Sec. 4(c): a forfeiture by declaration or decision is a finding; the party's own abandonment is not
        if (c.getPartyId() != null && !"ASSENT".equals(basis)) {
            parties.recordFinding(c.getPartyId(), VIOLATION_STATUTE_PREFIX + s.getStatute(), today, caseNumber,
                    gov.fpf.party.FindingKind.FORFEITURE_DECIDED, "Property forfeited (" + basis + ")");
        }
        return Map.of(VAR_FORFEITURE_DATE, begins(c, today));
    }

    @Override
    @Transactional
    public Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        SeizureCase s = seizure(c);
        SeizureTimeline t = timeline(c);
        String reason = "JUDICIAL".equals(s.getForfeiturePath())
                ? "Condemnation of property appraised at " + NoticeHtml.money(s.getAppraisedValue())
                        + ", above the administrative limit (19 U.S.C. 1610)"
                : t.isCafra() ? "CAFRA claim filed " + t.getCafraClaimDate() + ": file a complaint for forfeiture by "
                        + t.getComplaintDue() + " or the property is returned (18 U.S.C. 983(a)(3))"
                : "Claim and cost bond filed: judicial condemnation (19 U.S.C. 1608)";
        if ("JUDICIAL".equals(s.getForfeiturePath()) && s.isCounterfeit()) {
            // a mixed seizure over the limit goes to court without the administrative notices; the trademark owner
            // is still told of the seizure of the counterfeit goods (1526(e))
            caseFiles.storeNotice(c, SeizureNotices.TRADEMARK_OWNER_NOTICE, "Notice to the trademark owner", today(c),
                    SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                            addressee(c), today(c), parameters));
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
        String why = text(v.get(VAR_RELEASE_REASON));
        if (RELEASE_REASON_NO_TIMELY_NOTICE.equals(why)) {
            release(c, s, "returned: no notice of seizure within 60 days of the seizure (18 U.S.C. 983(a)(1)(F))");
        } else if (RELEASE_REASON_NO_COMPLAINT.equals(why)) {
            release(c, s, "returned: no complaint for forfeiture within 90 days of the claim (18 U.S.C. 983(a)(3)(B))");
            caseFiles.closeDeadline(c, DN_COMPLAINT, CaseDeadline.LAPSED);
        } else {
            release(c, s, court != null ? "returned by court order " + text(v.get(VAR_COURT_ORDER_REFERENCE))
                    : "released to the claimant");
        }
        closeElectionDeadlines(c);
        return Map.of();
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, String outcome, Map<String, Object> v) {
        CaseFile c = caseFile(caseNumber);
        distributeHeldProceeds(c, seizure(c), outcome);
        for (String name : List.of(DN_PROCEEDS, DN_SUMMARY_SALE, DN_FORFEITURE_SOL, DN_PUBLICATION,
                DN_CUSTOMHOUSE_POSTING, DN_CAFRA_NOTICE, DN_CAFRA_CLAIM, DN_COMPLAINT, DeadlineNames.SUPPLEMENTAL_PETITION)) {
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
    public Optional<PetitionEntry> latePetitionEntry() {
        return Optional.of(new PetitionEntry(SeizureForfeitureProcess.KEY, SeizureForfeitureProcess.TASK_RECORD_PETITION_RECEIVED));
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the seizure (the violation is found at the seizure) */
    @Override
    public java.time.LocalDate violationDate(CaseFile caseFile) {
        return seizure(caseFile).getSeizureDate();
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
