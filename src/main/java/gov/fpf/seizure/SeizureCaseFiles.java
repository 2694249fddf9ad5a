package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.system.Problems;

/**
 * What every part of the seizure family looks up: the case file and its seizure row, today and the timer instants at
 * the case's office, the timeline, the items and the facts the rules read (repeat offender and good standing as of
 * today's rules), and the addressee of the notices.
 */
@Component
class SeizureCaseFiles {

    /** A timer date for storage that never reaches the 162.48(b) share (no daily rate). */
    static final LocalDate NEVER = LocalDate.of(2999, 12, 31);

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final SeizureCaseRepository seizures;
    private final SeizureItemRepository items;
    private final SeizureTimelineRepository timelines;
    private final PartyService parties;
    private final OfficeRepository offices;
    private final OfficeCalendar calendar;
    private final gov.fpf.rules.EoRules eoRules;
    private final MitigationRules mitigationRules;
    private final LegalParameters parameters;

    SeizureCaseFiles(CaseFileService caseFiles, CaseFileRepository caseFileRepository, SeizureCaseRepository seizures,
                     SeizureItemRepository items, SeizureTimelineRepository timelines, PartyService parties,
                     OfficeRepository offices, OfficeCalendar calendar, gov.fpf.rules.EoRules eoRules,
                     MitigationRules mitigationRules, LegalParameters parameters) {
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.seizures = seizures;
        this.items = items;
        this.timelines = timelines;
        this.parties = parties;
        this.offices = offices;
        this.calendar = calendar;
        this.eoRules = eoRules;
        this.mitigationRules = mitigationRules;
        this.parameters = parameters;
    }

    /** The case's timeline; a case opened before it was kept gets one from its seizure date (as it was counted). */
    SeizureTimeline timeline(CaseFile c) {
        return timelines.findById(c.getId()).orElseGet(() -> {
            SeizureCase s = seizure(c);
            boolean cafra = SeizureStatute.of(s.getStatute()).map(SeizureStatute::cafra).orElse(false);
            return timelines.save(new SeizureTimeline(c.getId(), s.getSeizureDate(), false, null, 0, null,
                    s.getSeizureDate().plusYears(5), cafra, null));
        });
    }

    SeizureFacts facts(LocalDate seizureDate, String statute, List<SeizedItem> seized, boolean drugConveyance,
                       boolean monetaryInstrument, BigDecimal dailyRate, boolean hazardous, boolean highRisk,
                       Party party, String caseNumber) {
        boolean repeat = party != null && repeatOffender(party, caseNumber, seizureDate);
        // EO 14411 Sec. 2(d): good standing is a fact of every importer of record, U.S. or foreign, from its instrument
        boolean notInStanding = party != null && !party.isGoodStanding()
                && eoRules.inForce(gov.fpf.rules.EoRule.GOOD_STANDING, today(caseNumber)).isPresent();
        // EO 14411 Sec. 2(e): the IOR's risk tier, kept on the party (gov.fpf.risktier), from its instrument
        boolean highTier = party != null && party.getRiskTier() == gov.fpf.party.RiskTier.HIGH
                && eoRules.inForce(gov.fpf.rules.EoRule.RISK_TIERS, today(caseNumber)).isPresent();
        return new SeizureFacts(seizureDate, statute, seized, drugConveyance, monetaryInstrument, dailyRate, hazardous,
                highRisk, repeat, notInStanding, highTier);
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

    List<SeizedItem> seizedItems(CaseFile c) {
        return items.findByCaseIdOrderByLineNoAsc(c.getId()).stream()
                .map(i -> new SeizedItem(i.getDescription(), i.getQuantity(), i.getAppraisedValue(), i.isPerishable(),
                        i.isProhibited(), i.isCounterfeit()))
                .toList();
    }

    SeizureFacts facts(CaseFile c, SeizureCase s) {
        List<SeizedItem> seized = seizedItems(c);
        Party party = c.getPartyId() == null ? null : parties.get(c.getPartyId());
        return facts(s.getSeizureDate(), s.getStatute(), seized, s.isDrugConveyance(), s.isMonetaryInstrument(),
                s.getDailyStorageRate(), s.isHazardous(), s.isHighRisk(), party, c.getCaseNumber());
    }

    /** The periods of the election end once the property is released, sold, disposed of or forfeited. */
    void closeElectionDeadlines(CaseFile c) {
        for (String name : List.of(DeadlineNames.PETITION, SeizureDeadline.CLAIM.label(),
                DeadlineNames.DECISION_VALID_UNTIL, SeizureDeadline.SUMMARY_SALE.label())) {
            caseFiles.closeDeadline(c, name, DeadlineStatus.MET);
        }
    }

    CaseFile family(CaseFile c) {
        if (c.getFamily() != CaseFamily.SEIZURE) {
            throw new Problems.NotFound("Case " + c.getCaseNumber() + " is not a seizure case.");
        }
        return c;
    }

    /** Today at the case's office (its calendar gives legal dates). */
    LocalDate today(CaseFile c) {
        return caseFiles.today(c);
    }

    /** Today at the office of a case that may not exist yet (null: the default zone). */
    LocalDate today(String caseNumber) {
        return caseNumber == null ? calendar.today(null) : today(caseFile(caseNumber));
    }

    /** The timer of a period whose last lawful day is {@code lastDay}: it closes when that day ends at the office. */
    Date closes(CaseFile c, LocalDate lastDay) {
        return caseFiles.periodCloses(c, lastDay);
    }

    /** The timer of something that may happen on a day (a sale date opening, a reminder): when that day begins. */
    Date begins(CaseFile c, LocalDate day) {
        return caseFiles.dayBegins(c, day);
    }

    CaseFile caseFile(String caseNumber) {
        return caseFileRepository.ofProcess(caseNumber);
    }

    SeizureCase seizure(CaseFile c) {
        return seizures.findById(c.getId())
                .orElseThrow(() -> new IllegalStateException("Case " + c.getCaseNumber() + " is not a seizure case"));
    }

    SeizureNotices.Addressee addressee(CaseFile c) {
        String party = c.getPartyId() == null ? "the owner" : parties.get(c.getPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new SeizureNotices.Addressee(party, office);
    }
}
