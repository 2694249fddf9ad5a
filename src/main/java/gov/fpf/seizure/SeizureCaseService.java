package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.CaseView;
import gov.fpf.office.OfficeAccess;
import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Seizures as the API and the case page see them: opening (checked and started by {@link SeizureIntake}), the
 * property with its custody, proceeds and release bond, the timeline and the interested parties. The steps the
 * process asks for are in {@link SeizureProcessSteps}; the owner's election in {@link SeizureElection}; custody in
 * {@link SeizureCustody}; sale, disposition and release in {@link SeizureDisposition}; proceeds in
 * {@link SeizureProceeds}. The arithmetic is in {@link SeizureRules}.
 */
@Service
public class SeizureCaseService {

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final SeizureIntake intake;
    private final OfficeAccess officeAccess;
    private final SeizureItemRepository items;
    private final CustodyEventRepository custody;
    private final ProceedsShareRepository proceedsShares;
    private final InterestedPartyRepository interestedParties;
    private final SeizureRules rules;
    private final ReleaseRules releaseRules;
    private final LegalParameters parameters;
    private final AuditLog auditLog;
    private final Clock clock;

    SeizureCaseService(CaseFileService caseFiles, SeizureCaseFiles cases, SeizureIntake intake,
                       OfficeAccess officeAccess, SeizureItemRepository items, CustodyEventRepository custody,
                       ProceedsShareRepository proceedsShares, InterestedPartyRepository interestedParties,
                       SeizureRules rules, ReleaseRules releaseRules, LegalParameters parameters, AuditLog auditLog,
                       Clock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.intake = intake;
        this.officeAccess = officeAccess;
        this.items = items;
        this.custody = custody;
        this.proceedsShares = proceedsShares;
        this.interestedParties = interestedParties;
        this.rules = rules;
        this.releaseRules = releaseRules;
        this.parameters = parameters;
        this.auditLog = auditLog;
        this.clock = clock;
    }

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
                                 Integer tolledDays, String tollingReason, List<NewInterestedParty> interestedParties,
                                 gov.fpf.casefile.EnforcementPriority priority) {

        public NewSeizureCase(Long partyId, LocalDate seizureDate, String statute, List<NewItem> items,
                              BigDecimal projectedStorageCost, String placeOfSeizure, String cause, String possessorName,
                              Boolean drugConveyance, Boolean monetaryInstrument, String officeCode,
                              LocalDate discoveryDate) {
            this(partyId, seizureDate, statute, items, projectedStorageCost, placeOfSeizure, cause, possessorName,
                    drugConveyance, monetaryInstrument, officeCode, discoveryDate, null, null, null, null, null);
        }
    }

    /** A party who appears to have an interest in the property (19 U.S.C. 1607(a); 19 CFR 162.31). */
    public record NewInterestedParty(String name, InterestedParty.Role role, LocalDate noticeSentDate) {
    }

    /** The opened case as the API returns it: the case file plus the path and the claim cost bond (API.md). */
    public record OpenedSeizure(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseView caseFile, String path,
                                String pathReason, BigDecimal costBond, LocalDate summarySaleDate) {
    }

    @Transactional
    public OpenedSeizure open(NewSeizureCase r) {
        String caseNumber = intake.open(r, officeAccess.officeForNewCase(r.officeCode()), false);
        SeizureCase s = cases.seizure(cases.caseFile(caseNumber));
        return new OpenedSeizure(caseFiles.view(caseNumber), s.getForfeiturePath().name(), s.getPathCitation(), s.getCostBond(),
                s.getSummarySaleDate());
    }

    /** Opens a case at an office already chosen (the demo data); returns the case number. */
    @Transactional
    public String open(NewSeizureCase r, String officeCode, boolean demo) {
        return intake.open(r, officeCode, demo);
    }

    public record InterestedPartyView(long id, String name, String role, LocalDate noticeSentDate,
                                      LocalDate abandonedDate) {
    }

    /** Records another party who appears to have an interest (19 U.S.C. 1607(a)): it gets the notice of seizure. */
    @Transactional
    public InterestedPartyView addInterestedParty(String caseNumber, NewInterestedParty p) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        SeizureIntake.checkInterestedParty(p, "");
        if (p.noticeSentDate() != null && (p.noticeSentDate().isAfter(cases.today(c))
                || p.noticeSentDate().isBefore(s.getSeizureDate()))) {
            throw new Problems.InvalidInput("noticeSentDate: between the seizure and today (was " + p.noticeSentDate() + ").");
        }
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is closed.", "19 U.S.C. 1607(a)");
        }
        InterestedParty saved = interestedParties.save(new InterestedParty(c.getId(), p.name().strip(), p.role(),
                p.noticeSentDate(), clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.INTERESTED_PARTY_RECORDED.name(), p.name().strip() + " (" + p.role() + ")"
                + (p.noticeSentDate() == null ? "" : ", notice of seizure sent " + p.noticeSentDate()));
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<InterestedPartyView> interestedParties(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        cases.family(c);
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
        SeizureCase s = cases.seizure(cases.family(c));
        SeizureTimeline t = cases.timeline(c);
        return new TimelineView(caseNumber, t.getDiscoveryDate(), t.isDiscoveryStated(), t.getInvolvementDiscoveryDate(),
                t.getTolledDays(), t.getTollingReason(), t.getLimitationDate(), s.getFirstPublication(),
                t.getCustomhousePostingDate(), t.getCustomhousePostingEnds(), s.getClaimDue(), t.getElectionDue(),
                t.getSupplementalPetitionDue(), t.getOwnerAbandonedDate(), t.isCafra(), t.getCafraNoticeDue(),
                t.getCafraClaimDate(), t.getComplaintDue());
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
        SeizureCase s = cases.seizure(cases.family(c));
        ReleaseBond bond = releaseBond(c, s);
        BigDecimal accrued = s.getDailyStorageRate() == null ? BigDecimal.ZERO
                : rules.accruedStorage(s.getDailyStorageRate(), s.getSeizureDate(),
                s.getDispositionDate() != null ? s.getDispositionDate() : cases.today(c)).amount();
        return new PropertyView(caseNumber, s.getStatute(), s.getSeizureDate(), s.getPlaceOfSeizure(),
                s.getAppraisedValue(), s.getAppraisalBasis(), name(s.getForfeiturePath()), s.getPathCitation(), s.getCostBond(),
                s.getStorageLocation(), s.getDailyStorageRate(), accrued, s.getSummarySaleDate(), s.isHazardous(),
                s.isHighRisk(), s.getHighRiskReasons(), s.getNoticeMailed(), s.getFirstPublication(),
                s.getPublicationEnds(), s.getPetitionDue(), s.getClaimDue(), s.getForfeitureDate(),
                s.getForfeitureBasis(), s.getSummaryAction(), name(s.getDispositionMethod()), s.getDispositionDate(),
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
        if (SeizureStatute.S1592.text().equals(s.getStatute())) {
            try {
                SeizureFacts facts = cases.facts(c, s);
                Computation security = releaseRules.releaseSecurity1592(s.getAppraisedValue(), s.getMaximumPenalty1592(),
                        facts.anyProhibited(), releaseRules.highRisk(facts), parameters, cases.today(c));
                return new ReleaseBond(security.amount(), security.steps().get(security.steps().size() - 1).rule());
            } catch (Problems.RuleViolation refused) {
                return new ReleaseBond(null, refused.getMessage());
            }
        }
        try {
            Computation bond = releaseRules.releaseBond(s.getAppraisedValue(), releaseRules.highRisk(cases.facts(c, s)), parameters, cases.today(c));
            return new ReleaseBond(bond.amount(), bond.steps().get(bond.steps().size() - 1).rule());
        } catch (Problems.RuleViolation unknown) {
            return new ReleaseBond(null, unknown.getMessage());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
