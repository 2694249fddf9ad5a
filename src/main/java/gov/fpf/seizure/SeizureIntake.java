package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Opens a seizure case from the custody receipt (CBP Form 6051S): checks what the officer entered, appraises the
 * property from its items, decides the forfeiture path and the claim cost bond, counts the 1621 limitation (and the
 * CAFRA notice period), stores the receipt and starts SeizureForfeitureProcess, in one transaction.
 */
@Component
class SeizureIntake {

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final SeizureCaseRepository seizures;
    private final SeizureItemRepository items;
    private final SeizureTimelineRepository timelines;
    private final InterestedPartyRepository interestedParties;
    private final PartyService parties;
    private final SeizureRules rules;
    private final SummarySaleRules summarySaleRules;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final OfficeCalendar calendar;
    private final Clock clock;

    SeizureIntake(CaseFileService caseFiles, SeizureCaseFiles cases, SeizureCaseRepository seizures,
                  SeizureItemRepository items, SeizureTimelineRepository timelines,
                  InterestedPartyRepository interestedParties, PartyService parties, SeizureRules rules,
                  SummarySaleRules summarySaleRules, Deadlines deadlines, LegalParameters parameters,
                  CaseWork caseWork, OfficeCalendar calendar, Clock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.seizures = seizures;
        this.items = items;
        this.timelines = timelines;
        this.interestedParties = interestedParties;
        this.parties = parties;
        this.rules = rules;
        this.summarySaleRules = summarySaleRules;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Records the seizure and its custody receipt (6051S), appraises it from its items, decides the path and the
     * cost bond, and starts SeizureForfeitureProcess, in one transaction. Returns the case number.
     */
    @Transactional
    public String open(SeizureCaseService.NewSeizureCase r, String officeCode, boolean demo) {
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
        List<SeizureCaseService.NewInterestedParty> others = interestedPartiesInput(r.interestedParties());
        if (r.items() == null || r.items().isEmpty()) {
            throw new Problems.InvalidInput("items: a seizure has at least one item (description, quantity, appraised value).");
        }
        List<SeizedItem> seized = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            SeizureCaseService.NewItem item = r.items().get(i);
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
        SeizureFacts facts = cases.facts(r.seizureDate(), statute, seized, Boolean.TRUE.equals(r.drugConveyance()),
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
        caseFiles.flagPriority(c, r.priority());
        SeizureCase s = new SeizureCase(c.getId(), statute, r.seizureDate(), r.placeOfSeizure(), r.cause(),
                r.possessorName(), value.amount(), facts.perishable(), facts.prohibited(), facts.counterfeit(),
                facts.drugConveyance(), facts.monetaryInstrument(), r.projectedStorageCost());
        s.path(path.path(), path.citation(), costBond.amount());
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
            SummarySaleRules.SummarySaleCheck projected = summarySaleRules.summarySaleAllowed(value.amount(), r.projectedStorageCost(),
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
        for (SeizureCaseService.NewInterestedParty other : others) {
            interestedParties.save(new InterestedParty(c.getId(), other.name(), other.role(), other.noticeSentDate(),
                    clock.instant(), CurrentUser.id()));
        }
        caseFiles.recordOpeningComputation(c, value.amount(), SeizureDeadline.FORFEITURE_LIMITATION.label(), sol.trigger(), sol.due(),
                sol.citation(), trace);
        if (cafraNotice != null) {
            caseFiles.addDeadline(c, SeizureDeadline.CAFRA_NOTICE.label(), r.seizureDate(), cafraNotice.due(), cafraNotice.citation());
        }
        caseFiles.recordAmounts(c, value.amount(), value.amount(), null);
        caseFiles.storeNotice(c, SeizureNotices.CUSTODY_RECEIPT, "Custody receipt for seized property (CBP Form 6051S)",
                r.seizureDate(), SeizureNotices.custodyReceipt(c, s, saved, cases.addressee(c)));
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
    private LimitationInput limitationInput(SeizureCaseService.NewSeizureCase r, LocalDate today) {
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

    private static List<SeizureCaseService.NewInterestedParty> interestedPartiesInput(List<SeizureCaseService.NewInterestedParty> given) {
        if (given == null) {
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            checkInterestedParty(given.get(i), "interestedParties[" + i + "].");
        }
        return given;
    }

    static void checkInterestedParty(SeizureCaseService.NewInterestedParty p, String at) {
        if (p == null || p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw new Problems.InvalidInput(at + "name: the party's name, at most 200 characters.");
        }
        if (p.role() == null) {
            throw new Problems.InvalidInput(at + "role: one of " + List.of(InterestedParty.Role.values()) + ".");
        }
    }

    /** 18 U.S.C. 983(a)(2)(E): a CAFRA claim needs no cost bond. */
    static Computation noCostBond() {
        return new Computation(BigDecimal.ZERO, List.of(new TraceStep(SeizureRules.STEP_COST_BOND, "0.00",
                "no cost bond: a claim under CAFRA is made without one", "18 U.S.C. 983(a)(2)(E)", null)));
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
}
