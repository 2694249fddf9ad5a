package gov.fpf.liquidateddamages;

import static gov.fpf.casefile.StepValues.text;
import static gov.fpf.liquidateddamages.LdCaseService.label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.bond.Bond;
import gov.fpf.bond.BondService;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.Outcome;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.FindingKind;
import gov.fpf.party.PartyService;
import gov.fpf.referral.ReferralPolicy;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The steps LiquidatedDamagesClaimProcess asks for on an open claim (law reference 5; 19 CFR 113, 172): the notice of
 * claim, extension decisions, petitions and decisions, the demand on the surety, the referral to the Department of
 * Justice and closing. Each stores what it decided on the case file with its trace and citation, writes the notices,
 * and keeps the claim's charge against the bond (cancelled on payment or cancellation, 19 CFR 113.51).
 */
@Service
class LdClaimStepService implements LdClaimSteps {

    /** Referrals are followed up monthly and go to a supervisor after 90 days without a result (internal control). */
    /** How a claim paid with the Option 1 sum in lieu of a petition is closed (not a finding, EO 14411 Sec. 4(c)). */
    private static final String OPTION_ONE_PAID = "OPTION_ONE_PAID";

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final LdClaimRepository claims;
    private final LdExtensionRequestRepository extensions;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final BondService bonds;
    private final PartyService parties;
    private final OfficeRepository offices;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final AuditLog auditLog;
    private final ReferralPolicy referrals;

    LdClaimStepService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, LdClaimRepository claims,
                       LdExtensionRequestRepository extensions, PetitionRepository petitions,
                       PetitionService petitionService, BondService bonds, PartyService parties,
                       OfficeRepository offices, Deadlines deadlines, LegalParameters parameters, AuditLog auditLog,
                       ReferralPolicy referrals) {
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.claims = claims;
        this.extensions = extensions;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.bonds = bonds;
        this.parties = parties;
        this.offices = offices;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public ClaimComputed computeClaim(String caseNumber) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        boolean exhausted = claim.getClaimAmount().signum() == 0;
        auditLog.caseEvent(caseNumber, LdEvent.CLAIM_COMPUTED.name(), "liquidated damages " + NoticeHtml.money(claim.getComputedAmount())
                + " for " + claim.getBreach() + "; claim against the bond " + NoticeHtml.money(claim.getClaimAmount())
                + (exhausted ? ": nothing is left of the bond's limit of liability" : ""));
        return new ClaimComputed(claim.getClaimAmount(), exhausted);
    }

    @Override
    @Transactional
    public ClaimNoticeIssued issueClaimNotice(String caseNumber) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        LocalDate mailed = caseFiles.today(c);
        Deadline petitionDue = deadlines.due("Petition due (principal)", ParameterNames.PETITION_LD_PRINCIPAL, mailed);
        LocalDate referral = referralDate(claim, petitionDue.due());
        claim.mailed(mailed, petitionDue.due(), referral);
        LdNotices.Parties to = parties(c, bond);
        caseFiles.storeNotice(c, LdNotices.CLAIM_NOTICE, "Notice of claim for liquidated damages (CBP Form 5955A)", mailed,
                LdNotices.claimNotice(c, claim, bond, to, mailed, petitionDue, parameters));
        caseFiles.storeNotice(c, LdNotices.SURETY_NOTICE, "Notice to surety of the claim", mailed,
                LdNotices.suretyNotice(c, claim, bond, to, mailed, petitionDue, parameters));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        List<TraceStep> trace = new ArrayList<>(List.of(petitionDue.trace()));
        if (claim.getOptionOneAmount() != null) {
            caseFiles.addDeadline(c, DeadlineNames.OPTION_ONE_PAYMENT, mailed, petitionDue.due(),
                    "CBP LD mitigation guidelines (Option 1); 19 CFR 172.3(b)");
            trace.add(new TraceStep("Option 1 offered", claim.getOptionOneAmount().toPlainString(), "paid by "
                    + petitionDue.due() + " it closes the case and waives the petition", "CBP LD mitigation guidelines", null));
        }
        caseFiles.addComputation(c, trace);
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "notice of claim mailed to the principal and the surety");
        return new ClaimNoticeIssued(caseFiles.periodCloses(c, petitionDue.due()), caseFiles.dayBegins(c, referral));
    }

    @Override
    @Transactional
    public PetitionPeriods recordExtensionDecision(String caseNumber, ExtensionDecision decision) {
        CaseFile c = caseFile(caseNumber);
        String id = decision.extensionRequestId();
        LdExtensionRequest request = extensions.findById(Long.parseLong(String.valueOf(id)))
                .orElseThrow(() -> new IllegalStateException("No extension request " + id + " on " + caseNumber));
        boolean granted = decision.granted();
        String note = text(decision.note());
        String period = LdCaseService.SURETY.equals(request.getRequestedBy()) && claim(c).getSuretyDemandDate() != null
                ? DeadlineNames.SURETY_PETITION : DeadlineNames.PETITION;
        CaseDeadline current = caseFiles.openDeadline(c, period).orElseThrow(() -> new Problems.RuleViolation(
                "The petition period of " + caseNumber + " is no longer running.", "19 CFR 172.3(c)"));
        LocalDate due = current.getDueDate();
        if (granted) {
            LocalDate until = decision.extendedDueDate();
            if (until == null || !until.isAfter(due)) {
                throw new Problems.InvalidInput("extendedDueDate: a granted extension needs a new date after the current"
                        + " end of the period, " + due + ".");
            }
            caseFiles.closeDeadline(c, period, DeadlineStatus.EXTENDED);
            caseFiles.addDeadline(c, period, due, until, "19 CFR 172.3(c) (extension granted)");
            request.decide(true, until, CurrentUser.id(), note);
            auditLog.caseEvent(caseNumber, LdEvent.EXTENSION_GRANTED.name(), "time to petition extended from " + due + " to " + until,
                    note);
            due = until;
        } else {
            request.decide(false, null, CurrentUser.id(), note);
            auditLog.caseEvent(caseNumber, LdEvent.EXTENSION_REFUSED.name(), "time to petition stays " + due, note);
        }
        Date suretyDue = DeadlineNames.SURETY_PETITION.equals(period) ? caseFiles.periodCloses(c, due) : null;
        // the model waits on the principal's date; it is unchanged when the surety's period was extended
        return new PetitionPeriods(caseFiles.periodCloses(c, DeadlineNames.PETITION.equals(period) ? due
                : caseFiles.latestDeadline(c, DeadlineNames.PETITION).map(CaseDeadline::getDueDate).orElse(due)), suretyDue);
    }

    @Override
    @Transactional
    public PetitionRecorded recordPetitionReceived(String caseNumber, boolean supplemental, String petitionId) {
        CaseFile c = caseFile(caseNumber);
        Petition petition = petition(petitionId);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, (supplemental ? "supplemental " : "") + "petition "
                + petition.getId() + " of the " + petition.getFiledBy().toLowerCase(Locale.ROOT) + " under review");
        return new PetitionRecorded(petition.isTimely());
    }

    @Override
    @Transactional
    public DecisionIssued issueDecision(String caseNumber, String petitionId) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        Petition petition = petition(petitionId);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = caseFiles.today(c);
        Deadline validUntil = deadlines.due("Decided amount to be paid by", ParameterNames.DECISION_VALIDITY, notice);
        Deadline supplementalDue = deadlines.due("Supplemental petition due", ParameterNames.SUPPLEMENTAL_PETITION, notice);
        BigDecimal decided = petition.getDecidedAmount();
        caseFiles.recordDecidedAmount(c, decided, petition.getOutcome() + " on petition " + petition.getId());
        String repeatReason = petition.getOutcome() == Petition.Outcome.CANCEL ? null : petitionService.repeatOffenderReason(c);
        caseFiles.storeNotice(c, LdNotices.DECISION_LETTER, "Decision on petition", notice,
                LdNotices.decisionLetter(c, claim, bond, parties(c, bond), notice, petition, decided, validUntil,
                        supplementalDue, repeatReason));
        for (String name : List.of(DeadlineNames.PETITION, DeadlineNames.SURETY_PETITION,
                DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineNames.DECISION_VALID_UNTIL, DeadlineNames.OPTION_ONE_PAYMENT)) {
            caseFiles.closeDeadline(c, name, DeadlineStatus.MET);
        }
        caseFiles.addComputation(c, List.of(validUntil.trace(), supplementalDue.trace()));
        if (decided.signum() == 0) {
            cancelCharge(c, claim, bond, "claim cancelled on petition " + petition.getId());
            caseFiles.changeStatus(c, CaseStatus.DECIDED, "claim cancelled on petition");
            return DecisionIssued.CLAIM_CANCELLED;
        }
        caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
        caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(), supplementalDue.citation());
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "decision on petition " + petition.getId() + " issued");
        return new DecisionIssued(caseFiles.periodCloses(c, validUntil.due()), caseFiles.periodCloses(c, supplementalDue.due()));
    }

    @Override
    @Transactional
    public SuretyDemandIssued issueDemandOnSurety(String caseNumber) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        LocalDate demanded = caseFiles.today(c);
        Deadline suretyDue = deadlines.due("Petition due (surety)", ParameterNames.PETITION_LD_SURETY, demanded);
        LocalDate referral = referralDate(claim, suretyDue.due());
        BigDecimal amount = c.getDecidedAmount() != null ? c.getDecidedAmount() : claim.getClaimAmount();
        claim.demandOnSurety(demanded, suretyDue.due(), referral);
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, DeadlineStatus.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.OPTION_ONE_PAYMENT, DeadlineStatus.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, DeadlineStatus.LAPSED);
        caseFiles.addDeadline(c, DeadlineNames.SURETY_PETITION, demanded, suretyDue.due(), suretyDue.citation());
        List<TraceStep> trace = new ArrayList<>(List.of(suretyDue.trace()));
        CaseDeadline reported = caseFiles.openDeadline(c, DeadlineNames.DOJ_REFERRAL).orElse(null);
        if (reported != null && referral.isAfter(reported.getDueDate())) {
            caseFiles.closeDeadline(c, DeadlineNames.DOJ_REFERRAL, DeadlineStatus.MOVED);
            caseFiles.addDeadline(c, DeadlineNames.DOJ_REFERRAL, demanded, referral,
                    "19 CFR 113.52; 172.4 (not while the surety's period runs)");
            trace.add(new TraceStep("Report to the Department of Justice", referral.toString(), "180 days after liability"
                    + " accrued (" + reported.getDueDate() + ") falls inside the surety's petition period; the report waits"
                    + " until that period ends", "19 CFR 113.52; 172.4", null));
        }
        caseFiles.addComputation(c, trace);
        caseFiles.storeNotice(c, LdNotices.SURETY_DEMAND, "Demand on surety for payment", demanded,
                LdNotices.suretyDemand(c, claim, bond, parties(c, bond), demanded, amount, suretyDue, referral));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "payment demanded from the surety " + bond.getSuretyName());
        return new SuretyDemandIssued(caseFiles.periodCloses(c, suretyDue.due()), caseFiles.dayBegins(c, referral));
    }

    @Override
    @Transactional
    public ReferralPrepared prepareReferral(String caseNumber, String referredTo) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        BigDecimal owed = (c.getDecidedAmount() != null ? c.getDecidedAmount() : claim.getClaimAmount())
                .subtract(c.getPaidAmount() == null ? BigDecimal.ZERO : c.getPaidAmount()).max(BigDecimal.ZERO);
        long days = ChronoUnit.DAYS.between(claim.getLiabilityAccruedDate(), caseFiles.today(c));
        String reason = "Bond " + label(bonds.get(claim.getBondId())) + " unsatisfied: " + NoticeHtml.money(owed)
                + " owed " + days + " days after liability accrued on " + claim.getLiabilityAccruedDate()
                + ", with no petition, protest or settlement pending (19 CFR 113.52)";
        caseFiles.closeDeadline(c, DeadlineNames.DOJ_REFERRAL, DeadlineStatus.MET);
        caseFiles.closeDeadline(c, DeadlineNames.SURETY_PETITION, DeadlineStatus.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, DeadlineStatus.LAPSED);
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        ReferralPolicy.ReferralTerms terms = referrals.termsFor(caseFiles.today(c));
        return new ReferralPrepared(reason, terms.followUpCycle(), caseFiles.dayBegins(c, terms.escalationDate()));
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, Outcome outcome, String exhaustedBondNote) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        String note = text(exhaustedBondNote);
        if (outcome == Outcome.BOND_EXHAUSTED && note == null) {
            throw new Problems.InvalidInput("exhaustedBondNote: say what the office will do about the uncovered"
                    + " liability (another bond, the principal directly, or nothing and why).");
        }
        String closed = outcome.name();
        if (outcome == Outcome.PAID && c.getDecidedAmount() != null) {
            closed = Outcome.DECIDED_PAID.name();
        }
        if (Outcome.PAID.name().equals(closed) && claim.getOptionOneAmount() != null
                && c.getPaidAmount() != null && c.getPaidAmount().compareTo(claim.getClaimAmount()) < 0) {
            closed = OPTION_ONE_PAID;
            auditLog.caseEvent(caseNumber, LdEvent.OPTION_ONE_PAID.name(), "the Option 1 sum "
                    + NoticeHtml.money(claim.getOptionOneAmount())
                    + " was paid by " + claim.getOptionOneDue() + "; the petition is waived (supplemental rights remain)");
        }
        switch (outcome) {
            case PAID, DECIDED_PAID -> cancelCharge(c, claim, bond, "paid (" + closed + ")");
            case CANCELLED -> cancelCharge(c, claim, bond, "claim cancelled");
            case BOND_EXHAUSTED -> auditLog.caseEvent(caseNumber, LdEvent.BOND_EXHAUSTED.name(),
                    "nothing is left of bond " + label(bond) + " to claim against; closed without a claim", note);
            default -> {
            }
        }
        for (String name : List.of(DeadlineNames.PETITION, DeadlineNames.SURETY_PETITION, DeadlineNames.OPTION_ONE_PAYMENT,
                DeadlineNames.DECISION_VALID_UNTIL, DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineNames.DOJ_REFERRAL)) {
            caseFiles.closeDeadline(c, name, DeadlineStatus.MET);
        }
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + closed);
        // EO 14411 Sec. 4(c): only a final finding goes on the party's record (the claim paid in full, or decided and
        // paid); a referral for collection and the Option-1 sum paid in lieu of a petition are not findings
        FindingKind finding = switch (outcome) {
            case PAID -> OPTION_ONE_PAID.equals(closed) ? null : FindingKind.LD_PAID;
            case DECIDED_PAID -> FindingKind.LD_DECIDED;
            default -> null;
        };
        if (finding != null && c.getPartyId() != null) {
            parties.recordFinding(c.getPartyId(), LdCaseService.VIOLATION_STATUTE, caseFiles.today(c), caseNumber, finding,
                    "Liquidated damages for " + claim.getBreach() + " on bond " + label(bond) + ", closed " + closed);
        }
    }

    /** 19 CFR 113.51: the charge against the bond is cancelled, and its coverage restored. */
    private void cancelCharge(CaseFile c, LdClaim claim, Bond bond, String why) {
        if (claim.getCharge() != LdClaim.Charge.OPEN) {
            return;
        }
        claim.cancelCharge(caseFiles.today(c));
        auditLog.caseEvent(c.getCaseNumber(), LdEvent.BOND_CHARGE_CANCELLED.name(), "the charge of "
                + NoticeHtml.money(claim.getClaimAmount())
                + " against bond " + label(bond) + " is cancelled: " + why + " (19 CFR 113.51)");
        auditLog.entityEvent("BOND", bond.getId().toString(), LdEvent.BOND_CHARGE_CANCELLED.name(),
                NoticeHtml.money(claim.getClaimAmount())
                + " of case " + c.getCaseNumber() + " cancelled: " + why + " (19 CFR 113.51)", null);
    }

    /**
     * 113.52: 180 days after liability accrued, and never while a petition period that just opened still runs: the
     * period includes its last day, so a referral waits for the day after it.
     */
    private LocalDate referralDate(LdClaim claim, LocalDate periodEnds) {
        LocalDate report = deadlines.due(DeadlineNames.DOJ_REFERRAL, ParameterNames.BOND_DOJ_REFERRAL,
                claim.getLiabilityAccruedDate()).due();
        return report.isAfter(periodEnds) ? report : periodEnds.plusDays(1);
    }




    private CaseFile caseFile(String caseNumber) {
        return caseFileRepository.ofProcess(caseNumber);
    }

    private LdClaim claim(CaseFile c) {
        return claims.ofCase(c);
    }

    /** The petition the execution names (its petitionId). */
    private Petition petition(String petitionId) {
        if (petitionId == null) {
            throw new IllegalStateException("No petitionId on the process");
        }
        return petitions.findById(Long.parseLong(petitionId))
                .orElseThrow(() -> new IllegalStateException("No petition " + petitionId));
    }

    private LdNotices.Parties parties(CaseFile c, Bond bond) {
        String principal = parties.get(bond.getPrincipalPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new LdNotices.Parties(principal, bond.getSuretyName(), office);
    }
}
