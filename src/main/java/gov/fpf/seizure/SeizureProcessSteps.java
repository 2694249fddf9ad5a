package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.party.PartyService;
import gov.fpf.referral.ReferralPolicy;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.Statutes;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * What SeizureForfeitureProcess asks of the seizure domain ({@link SeizureSteps}): the proceedings (path, notices,
 * petitions and decisions, forfeiture, referral, closing) here; custody and appraisal in {@link SeizureCustody}; the
 * summary sale, disposition and release in {@link SeizureDisposition}; proceeds in {@link SeizureProceeds}.
 */
@Service
class SeizureProcessSteps implements SeizureSteps {

    static final String VIOLATION_STATUTE_PREFIX = Statutes.SEIZURE_VIOLATION_PREFIX;

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final SeizureItemRepository items;
    private final InterestedPartyRepository interestedParties;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final PartyService parties;
    private final SeizureRules rules;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final AuditLog auditLog;
    private final SeizureCustody custodySteps;
    private final SeizureDisposition disposition;
    private final SeizureProceeds proceedsAccount;
    private final ReferralPolicy referrals;

    SeizureProcessSteps(CaseFileService caseFiles, SeizureCaseFiles cases, SeizureItemRepository items,
                        InterestedPartyRepository interestedParties, PetitionRepository petitions,
                        PetitionService petitionService, PartyService parties, SeizureRules rules,
                        Deadlines deadlines, LegalParameters parameters, AuditLog auditLog,
                        SeizureCustody custodySteps, SeizureDisposition disposition, SeizureProceeds proceedsAccount,
                        ReferralPolicy referrals) {
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.items = items;
        this.interestedParties = interestedParties;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.parties = parties;
        this.rules = rules;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.auditLog = auditLog;
        this.custodySteps = custodySteps;
        this.disposition = disposition;
        this.proceedsAccount = proceedsAccount;
    }

    @Override
    public SeizureSteps.CustodyRecorded recordCustody(String caseNumber, Map<String, Object> v) {
        return custodySteps.recordCustody(caseNumber, v);
    }

    @Override
    public SeizureSteps.Appraised recordAppraisal(String caseNumber, Map<String, Object> v) {
        return custodySteps.recordAppraisal(caseNumber, v);
    }

    @Override
    @Transactional
    public SeizureSteps.PathRecorded recordPath(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        String decided = text(v.get(VAR_FORFEITURE_PATH));
        LocalDate today = cases.today(c);
        SeizureRules.PathFacts byRule = rules.pathFacts(s.getAppraisedValue(), s.isProhibited(), s.isDrugConveyance(),
                s.isMonetaryInstrument(), s.isCounterfeit(), parameters, today);
        Computation bond = cases.timeline(c).isCafra() ? SeizureIntake.noCostBond() : rules.costBond(s.getAppraisedValue(), parameters, today);
        String citation = text(v.get(VAR_PATH_CITATION));
        if (!byRule.path().name().equals(decided)) {
            throw new Problems.RuleViolation("The SeizurePath decision table chose " + decided + " (" + citation
                    + ") where the rules give " + byRule.path() + " (" + byRule.citation() + "): " + byRule.reason()
                    + " The deployed table and the rules must agree; correct the table. Nothing was recorded.",
                    byRule.citation());
        }
        s.path(byRule.path(), citation == null ? byRule.citation() : citation, bond.amount());
        List<TraceStep> trace = new ArrayList<>(byRule.steps());
        trace.addAll(bond.steps());
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.FORFEITURE_PATH.name(), decided + " (" + s.getPathCitation() + "); claim cost bond "
                + NoticeHtml.money(bond.amount()));
        return new SeizureSteps.PathRecorded(bond.amount().doubleValue());
    }

    @Override
    @Transactional
    public void notifyTrademarkOwner(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        caseFiles.storeNotice(c, SeizureNotices.TRADEMARK_OWNER_NOTICE, "Notice to the trademark owner", cases.today(c),
                SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), cases.addressee(c),
                        cases.today(c), parameters));
    }

    @Override
    @Transactional
    public SeizureSteps.NoticeIssued issueNoticeOfSeizure(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        SeizureTimeline t = cases.timeline(c);
        LocalDate mailed = cases.today(c);
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
                SeizureNotices.noticeOfSeizure(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()), cases.addressee(c), mailed,
                        null, null, petitionDue, null, parameters));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        caseFiles.addComputation(c, List.of(petitionDue.trace(), new TraceStep(SeizureRules.DEADLINE_CLAIM,
                "from the first publication", "20 days from the actual first publication, once recorded; the election"
                + " closes only after the claim period and the publication have run", "19 U.S.C. 1608; 19 CFR"
                + " 162.45(a)(3)", null)));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "notice of seizure mailed; publication to be recorded");
        return SeizureSteps.NoticeIssued.election(cases.closes(c, petitionDue.due()),
                cases.begins(c, SeizureCaseFiles.NEVER));
    }

    /**
     * 18 U.S.C. 983(a)(1)(A): written notice within 60 days of the seizure, else the property is returned
     * (983(a)(1)(F)); the letter sets a claim deadline at least 35 days after mailing (983(a)(2)(B)); no cost bond.
     */
    private SeizureSteps.NoticeIssued issueCafraNotice(CaseFile c, SeizureCase s, SeizureTimeline t, LocalDate mailed) {
        LocalDate noticeDue = t.getCafraNoticeDue() != null ? t.getCafraNoticeDue()
                : deadlines.due("CAFRA notice of seizure", ParameterNames.CAFRA_NOTICE, s.getSeizureDate()).due();
        if (mailed.isAfter(noticeDue)) {
            caseFiles.closeDeadline(c, SeizureDeadline.CAFRA_NOTICE.label(), DeadlineStatus.LAPSED);
            caseFiles.addComputation(c, List.of(new TraceStep("CAFRA notice", "too late", "no notice was sent by "
                    + noticeDue + ", 60 days from the seizure: the property is returned", "18 U.S.C. 983(a)(1)(A), (F)",
                    null)));
            auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.CAFRA_NOTICE_TOO_LATE.name(), "no notice of seizure within 60 days (due "
                    + noticeDue + "): the property must be returned (18 U.S.C. 983(a)(1)(F))");
            return SeizureSteps.NoticeIssued.cafra(false, null);
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
                cases.addressee(c), mailed, noticeDue, claimDue, parameters));
        caseFiles.closeDeadline(c, SeizureDeadline.CAFRA_NOTICE.label(), DeadlineStatus.MET);
        caseFiles.addDeadline(c, SeizureDeadline.CAFRA_CLAIM.label(), mailed, claimDue.due(), claimDue.citation());
        caseFiles.addComputation(c, List.of(new TraceStep("CAFRA notice", mailed.toString(), "mailed within 60 days of"
                + " the seizure (by " + noticeDue + ")", "18 U.S.C. 983(a)(1)(A)", null), claimDue.trace()));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "CAFRA notice of seizure mailed");
        return SeizureSteps.NoticeIssued.cafra(true, cases.closes(c, claimDue.due()));
    }

    @Override
    @Transactional
    public SeizureSteps.PetitionReceived recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        Petition petition = petitions.ofProcess(v);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, "petition " + petition.getId() + " under review");
        return new SeizureSteps.PetitionReceived(petition.isTimely());
    }

    @Override
    @Transactional
    public SeizureSteps.Decision issueDecision(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        Petition petition = petitions.ofProcess(v);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = cases.today(c);
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
                SeizureNotices.decisionLetter(c, s, cases.addressee(c), notice, petition, petition.getDecidedAmount(),
                        validUntil, null, petitionService.repeatOffenderReason(c), supplementalDue));
        if (supplementalDue != null) {
            cases.timeline(c).supplementalPetitionDue(supplementalDue.due());
            caseFiles.closeDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineStatus.MET);
            caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(),
                    supplementalDue.citation());
            caseFiles.addComputation(c, List.of(supplementalDue.trace()));
        }
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, DeadlineStatus.MET);
        caseFiles.changeStatus(c, CaseStatus.DECIDED, (remitted ? "remission granted" : "relief denied")
                + " on petition " + petition.getId());
        Date supplementalWindowCloses = null;
        if (!remitted && !proceedsPetition) {
            // after a supplemental petition is denied no further one lies (171.61-171.63): the window closes at once
            supplementalWindowCloses = supplementalDue == null ? cases.begins(c, notice)
                    : cases.closes(c, supplementalDue.due());
        }
        Date conditionsMetBy = null;
        if (remitted) {
            caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
            caseFiles.addComputation(c, List.of(validUntil.trace()));
            conditionsMetBy = cases.closes(c, validUntil.due());
        }
        return new SeizureSteps.Decision(remitted, conditionsMetBy, supplementalWindowCloses);
    }

    @Override
    @Transactional
    public SeizureSteps.Forfeited recordForfeiture(String caseNumber, String basis, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        LocalDate today = cases.today(c);
        s.forfeited(today, basis);
        for (String name : List.of(DeadlineNames.PETITION, SeizureDeadline.CLAIM.label(), DeadlineNames.DECISION_VALID_UNTIL,
                DeadlineNames.SUPPLEMENTAL_PETITION, SeizureDeadline.CAFRA_CLAIM.label())) {
            caseFiles.closeDeadline(c, name, FORFEITURE_BASIS_ASSENT.equals(basis) ? DeadlineStatus.MET : DeadlineStatus.LAPSED);
        }
        if (FORFEITURE_BASIS_ASSENT.equals(basis)) {
            // EO 14411 Sec. 5: abandonment forfeits in one step, with no further notices
            auditLog.caseEvent(caseNumber, SeizureAuditEvent.FORFEITED_BY_ASSENT.name(), "forfeited to the United States by the owner's"
                    + " voluntary abandonment (CBP Form 4607)");
        } else {
            caseFiles.storeNotice(c, SeizureNotices.DECLARATION_OF_FORFEITURE, "Declaration of forfeiture", today,
                    SeizureNotices.declarationOfForfeiture(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                            cases.addressee(c), today, basis));
        }
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "forfeited (" + basis + ")");
        // EO 14411 Sec. 4(c): a forfeiture by declaration or decision is a finding; the party's own abandonment is not
        if (c.getPartyId() != null && !FORFEITURE_BASIS_ASSENT.equals(basis)) {
            parties.recordFinding(c.getPartyId(), VIOLATION_STATUTE_PREFIX + s.getStatute(), today, caseNumber,
                    gov.fpf.party.FindingKind.FORFEITURE_DECIDED, "Property forfeited (" + basis + ")", illicit(c, s));
        }
        return new SeizureSteps.Forfeited(cases.begins(c, today));
    }

    /**
     * EO 14411 Sec. 2(d): a forfeiture is a finding of illegal importation of the kind the order names when the seizure
     * itself says so: a conveyance used for controlled substances or listed chemicals (the record does not say which
     * substance: OTHER_ILLICIT_SUBSTANCE) or property whose importation is prohibited (CONTRABAND; counterfeit marks
     * alone are not). The seizure records say nothing finer (fentanyl, nitazenes, precursors): an officer records
     * those on the party.
     */
    private gov.fpf.party.IllicitImport illicit(CaseFile c, SeizureCase s) {
        if (s.isDrugConveyance()) {
            return gov.fpf.party.IllicitImport.OTHER_ILLICIT_SUBSTANCE;
        }
        boolean prohibited = s.isProhibited() || items.findByCaseIdOrderByLineNoAsc(c.getId()).stream()
                .anyMatch(SeizureItem::isProhibited);
        return prohibited ? gov.fpf.party.IllicitImport.CONTRABAND : null;
    }

    @Override
    @Transactional
    public SeizureSteps.Referral prepareReferral(String caseNumber, String referredTo, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        SeizureTimeline t = cases.timeline(c);
        String reason = s.getForfeiturePath() == ForfeiturePath.JUDICIAL
                ? "Condemnation of property appraised at " + NoticeHtml.money(s.getAppraisedValue())
                        + ", above the administrative limit (19 U.S.C. 1610)"
                : t.isCafra() ? "CAFRA claim filed " + t.getCafraClaimDate() + ": file a complaint for forfeiture by "
                        + t.getComplaintDue() + " or the property is returned (18 U.S.C. 983(a)(3))"
                : "Claim and cost bond filed: judicial condemnation (19 U.S.C. 1608)";
        if (s.getForfeiturePath() == ForfeiturePath.JUDICIAL && s.isCounterfeit()) {
            // a mixed seizure over the limit goes to court without the administrative notices; the trademark owner
            // is still told of the seizure of the counterfeit goods (1526(e))
            caseFiles.storeNotice(c, SeizureNotices.TRADEMARK_OWNER_NOTICE, "Notice to the trademark owner", cases.today(c),
                    SeizureNotices.trademarkOwnerNotice(c, s, items.findByCaseIdOrderByLineNoAsc(c.getId()),
                            cases.addressee(c), cases.today(c), parameters));
        }
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        ReferralPolicy.ReferralTerms terms = referrals.termsFor(cases.today(c));
        return new SeizureSteps.Referral(reason, terms.followUpCycle(), cases.begins(c, terms.escalationDate()));
    }

    @Override
    public SeizureSteps.SummarySaleDecided recordSummarySaleDecision(String caseNumber, Map<String, Object> v) {
        return disposition.recordSummarySaleDecision(caseNumber, v);
    }

    @Override
    public SeizureSteps.ProceedsPeriod recordSummarySale(String caseNumber, Map<String, Object> v) {
        return disposition.recordSummarySale(caseNumber, v);
    }

    @Override
    public void releaseOnPaymentOfValue(String caseNumber, Map<String, Object> v) {
        disposition.releaseOnPaymentOfValue(caseNumber, v);
    }

    @Override
    public SeizureSteps.DispositionChecked checkDisposition(String caseNumber, Map<String, Object> v) {
        return disposition.checkDisposition(caseNumber, v);
    }

    @Override
    public SeizureSteps.ProceedsPeriod recordDisposition(String caseNumber, Map<String, Object> v) {
        return disposition.recordDisposition(caseNumber, v);
    }

    @Override
    public void releaseProperty(String caseNumber, Map<String, Object> v) {
        disposition.releaseProperty(caseNumber, v);
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, String outcome, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        proceedsAccount.distributeHeldProceeds(c, cases.seizure(c), outcome);
        for (String name : List.of(SeizureDeadline.PROCEEDS.label(), SeizureDeadline.SUMMARY_SALE.label(), SeizureDeadline.FORFEITURE_LIMITATION.label(), SeizureDeadline.PUBLICATION.label(),
                SeizureDeadline.CUSTOMHOUSE_POSTING.label(), SeizureDeadline.CAFRA_NOTICE.label(), SeizureDeadline.CAFRA_CLAIM.label(), SeizureDeadline.COMPLAINT.label(), DeadlineNames.SUPPLEMENTAL_PETITION)) {
            caseFiles.closeDeadline(c, name, DeadlineStatus.MET);
        }
        cases.closeElectionDeadlines(c);
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + outcome);
    }
}
