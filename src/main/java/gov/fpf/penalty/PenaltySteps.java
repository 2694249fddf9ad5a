package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.casefile.StepValues;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.FindingKind;
import gov.fpf.party.PartyService;
import gov.fpf.referral.ReferralPolicy;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.BrokerMaximum;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The steps PenaltyCaseProcess asks for, from the assessment to closing: each computes with PenaltyMaximums,
 * PenaltyDeadlines and MitigationRules, stores the result with its trace on the case file, issues the notice, and
 * returns the few values the model's gateways and timers need.
 */
@Service
class PenaltySteps implements PenaltyCaseSteps {

    private final CaseFileService caseFiles;
    private final PenaltyCaseRepository penaltyCases;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final PartyService parties;
    private final OfficeRepository offices;
    private final PenaltyMaximums maximums;
    private final PenaltyDeadlines deadlines;
    private final MitigationRules mitigationRules;
    private final LegalParameters parameters;
    private final PenaltyPaymentTerms payments;
    private final ReferralPolicy referrals;
    private final AuditLog auditLog;
    private final EoRuleSource eoRules;
    private final gov.fpf.foreignior.ForeignIorRules foreignIor;

    PenaltySteps(CaseFileService caseFiles, PenaltyCaseRepository penaltyCases, PetitionRepository petitions,
                 PetitionService petitionService, PartyService parties, OfficeRepository offices,
                 PenaltyMaximums maximums, PenaltyDeadlines deadlines, MitigationRules mitigationRules,
                 LegalParameters parameters, PenaltyPaymentTerms payments, ReferralPolicy referrals, AuditLog auditLog,
                 EoRules eoRules, gov.fpf.foreignior.ForeignIorRules foreignIor) {
        this.eoRules = eoRules;
        this.foreignIor = foreignIor;
        this.caseFiles = caseFiles;
        this.penaltyCases = penaltyCases;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.parties = parties;
        this.offices = offices;
        this.maximums = maximums;
        this.deadlines = deadlines;
        this.mitigationRules = mitigationRules;
        this.parameters = parameters;
        this.payments = payments;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public SolDates checkStatuteOfLimitations(String caseNumber, Date openedSolDate) {
        CaseFile c = caseFiles.require(caseNumber);
        LocalDate solDate = openedSolDate != null
                ? caseFiles.dayOf(c, openedSolDate)
                : penaltyCases.require(c).getSolDate();
        if (deadlines.expired(caseFiles.today(c), solDate)) {
            auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_EXPIRED.name(), "The statute of limitations ran on " + solDate
                    + " (19 U.S.C. 1621) before the case was opened.");
            return SolDates.expired(caseFiles.dayBegins(c, solDate));
        }
        return solGuard(c, solDate);
    }

    /** The limitation date and its guards are days on which something is due, so their timers fire when the day begins. */
    private SolDates solGuard(CaseFile c, LocalDate solDate) {
        PenaltyDeadlines.SolGuard guard = deadlines.solGuard(solDate);
        return new SolDates(false, caseFiles.dayBegins(c, solDate),
                caseFiles.dayBegins(c, guard.firstWarning().due()),
                caseFiles.dayBegins(c, guard.secondWarning().due()),
                caseFiles.dayBegins(c, guard.counselDecision().due()));
    }

    @Override
    @Transactional
    public Assessment assessAmount(String caseNumber, Proposal proposal) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        Culpability culpability = p.getCulpability();
        if (p.getStatute() == PenaltyStatute.S1592 && proposal.culpability() != null) {
            culpability = proposal.culpability();
        }
        BigDecimal proposed = proposal.proposedAmount();
        LocalDate today = caseFiles.today(c);
        PenaltyFacts facts = p.facts().withCulpability(culpability);
        Computation maximum = maximums.maximum(facts, parameters, today);
        if (proposed.signum() <= 0 || proposed.compareTo(maximum.amount()) > 0) {
            throw new Problems.RuleViolation("The proposed penalty " + NoticeHtml.money(proposed) + " must be more than $0"
                    + " and at most the statutory maximum " + NoticeHtml.money(maximum.amount()) + ".", facts.statute().citation());
        }
        // EO 14411 Sec. 4(a), checked on the day of the assessment like every EO rule: the broker's maximum
        java.util.Optional<EoRuleSource.InForce> brokerMaximum = BrokerMaximum.applies(facts, eoRules, today);
        brokerMaximum.ifPresent(rule -> BrokerMaximum.checkAmount(rule, facts.brokerConduct(), proposed,
                maximum.amount(), "proposed penalty"));
        boolean ppnRequired = maximums.ppnRequired(facts.statute(), facts.commercial(), proposed, parameters, today);
        p.propose(culpability, proposed, StepValues.text(proposal.rationale()), ppnRequired);
        if (culpability != p.facts().culpability() || !maximum.amount().equals(c.getMaximumAmount())) {
            caseFiles.recordAmounts(c, maximum.amount(), null, null);
            // the loss of revenue does not change with the culpability: the opening trace already states it
            caseFiles.addComputation(c, PenaltyMaximums.withoutLossOfRevenue(maximum.steps()));
        }
        List<TraceStep> trace = new ArrayList<>();
        trace.add(new TraceStep("Proposed penalty", proposed.toPlainString(),
                "officer's proposal within the statutory maximum; pre-penalty notice "
                        + PenaltyMaximums.ppnReason(facts.statute(), ppnRequired),
                PenaltyMaximums.ppnCitation(facts.statute()), null));
        // App. B (E)(1)(b)(i): a fraud pre-penalty notice is for the domestic value (the fraud maximum); less needs
        // Headquarters Penalties Branch approval, whatever the amount
        boolean hqApproval = culpability == Culpability.FRAUD && ppnRequired && proposed.compareTo(maximum.amount()) < 0;
        if (brokerMaximum.isPresent()) {
            trace.add(BrokerMaximum.assessedAtMaximum(brokerMaximum.get(), facts.brokerConduct(), maximum.amount()));
            p.brokerBasis(BrokerMaximum.basis(brokerMaximum.get(), facts.brokerConduct(), maximum.amount()));
        } else if (facts.brokerConduct() == BrokerConduct.IDENTITY_VERIFICATION) {
            p.brokerBasis(BrokerMaximum.identityBasis(facts.brokerViolations(), maximum.amount()));
        } else {
            p.brokerBasis(null);
        }
        if (hqApproval) {
            trace.add(new TraceStep("Headquarters approval required", proposed.toPlainString(),
                    "a fraud pre-penalty notice proposing less than the fraud maximum " + NoticeHtml.money(maximum.amount())
                            + " (domestic value) goes to Headquarters for approval before it is issued",
                    "19 CFR Part 171 App. B (E)(1)(b)(i)", null));
        }
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, PenaltyEvent.PENALTY_PROPOSED.name(), (culpability == null ? "" : culpability + ": ")
                + NoticeHtml.money(proposed), p.getProposalRationale());
        return new Assessment(ppnRequired, culpability == Culpability.FRAUD, hqApproval, maximum.amount());
    }

    @Override
    @Transactional
    public void recordHeadquartersPpnDecision(String caseNumber, HqPpnDecision decision) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        String comment = decision.comment();
        switch (decision.decision()) {
            case APPROVED -> {
                auditLog.caseEvent(caseNumber, PenaltyEvent.HQ_PPN_APPROVED.name(), "Headquarters approved the fraud pre-penalty notice"
                        + " for " + NoticeHtml.money(p.getProposedAmount()) + ", below domestic value"
                        + " (19 CFR Part 171 App. B (E)(1)(b)(i))", comment);
                caseFiles.addComputation(c, List.of(new TraceStep("Headquarters approval", p.getProposedAmount().toPlainString(),
                        "fraud pre-penalty notice below domestic value approved by " + CurrentUser.id(),
                        "19 CFR Part 171 App. B (E)(1)(b)(i)", null)));
            }
            case RETURNED -> {
                if (comment == null || comment.isBlank()) {
                    throw new Problems.InvalidInput(PenaltyCaseProcess.VAR_HQ_PPN_COMMENT
                            + ": say why the proposal goes back to the officer.");
                }
                auditLog.caseEvent(caseNumber, PenaltyEvent.HQ_PPN_RETURNED.name(), "Headquarters returned the fraud pre-penalty notice"
                        + " for " + NoticeHtml.money(p.getProposedAmount()) + " to the officer", comment);
            }
        }
    }

    @Override
    @Transactional
    public Date issuePrePenaltyNotice(String caseNumber) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        LocalDate mailed = caseFiles.today(c);
        boolean shorten = deadlines.ppnResponseShortened(p.getStatute(), mailed, p.getSolDate());
        Deadline due = deadlines.ppnResponseDue(p.getStatute(), mailed, p.getSolDate(), shorten);
        p.ppnMailed(mailed);
        caseFiles.storeNotice(c, PenaltyNotices.PRE_PENALTY_NOTICE, "Pre-penalty notice", mailed,
                lawsViolated(c, p, PenaltyNotices.prePenaltyNotice(c, p, addressee(c), mailed, due, shorten, parameters)));
        caseFiles.addDeadline(c, DeadlineNames.PPN_RESPONSE, mailed, due.due(), due.citation());
        caseFiles.addComputation(c, List.of(due.trace()));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "pre-penalty notice mailed");
        return caseFiles.periodCloses(c, due.due());
    }

    @Override
    @Transactional
    public void issueNoViolationStatement(String caseNumber, String findings) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        p.representationsReviewed(PenaltyCaseProcess.Representations.NO_VIOLATION.name(), null);
        caseFiles.closeDeadline(c, DeadlineNames.PPN_RESPONSE, DeadlineStatus.MET);
        LocalDate today = caseFiles.today(c);
        caseFiles.storeNotice(c, PenaltyNotices.NO_VIOLATION_STATEMENT, "Statement of no violation", today,
                lawsViolated(c, p, PenaltyNotices.noViolationStatement(c, p, addressee(c), today, StepValues.text(findings))));
    }

    @Override
    @Transactional
    public PenaltyNoticeIssued issuePenaltyNotice(String caseNumber, RepresentationsReview review) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        BigDecimal ppnAmount = Boolean.TRUE.equals(p.getPpnRequired()) ? p.getProposedAmount() : null;
        if (review != null && ppnAmount != null) {
            BigDecimal reduced = review.outcome() == PenaltyCaseProcess.Representations.REDUCED_AMOUNT
                    ? review.reducedAmount() : null;
            if (reduced != null && (reduced.signum() <= 0 || reduced.compareTo(ppnAmount) >= 0)) {
                throw new Problems.RuleViolation("A reduced amount must be more than $0 and less than the "
                        + NoticeHtml.money(ppnAmount) + " of the pre-penalty notice.", "19 U.S.C. 1592(b)(2)");
            }
            if (reduced != null) {
                // EO 14411 Sec. 4(a): the representations cannot take a broker's named conduct below the maximum
                PenaltyFacts facts = p.facts();
                LocalDate today = caseFiles.today(c);
                BrokerMaximum.applies(facts, eoRules, today).ifPresent(rule -> BrokerMaximum.checkAmount(rule,
                        facts.brokerConduct(), reduced, maximums.maximum(facts, parameters, today).amount(),
                        "reduced amount"));
            }
            p.representationsReviewed(review.outcome().name(), reduced);
            caseFiles.closeDeadline(c, DeadlineNames.PPN_RESPONSE, DeadlineStatus.MET);
        }
        BigDecimal assessed = p.getProposedAmount();
        LocalDate mailed = caseFiles.today(c);
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
                lawsViolated(c, p, PenaltyNotices.penaltyNotice(c, p, addressee(c), mailed, assessed, ppnAmount,
                        petitionDue, shortened, payments.lossOfRevenueToRestore(p), parameters)));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "penalty notice mailed");
        return new PenaltyNoticeIssued(caseFiles.periodCloses(c, petitionDue.due()), assessed);
    }

    @Override
    @Transactional
    public PetitionFiled recordPetitionReceived(String caseNumber, String petitionId, boolean supplemental) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        Petition petition = petitions.ofProcess(petitionId);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, (supplemental ? "supplemental " : "") + "petition "
                + petition.getId() + " under review");
        boolean waiver = supplemental && deadlines.waiverRequired(petition.getFiledDate(), p.getSolDate());
        if (waiver) {
            auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_WAIVER_REQUIRED.name(), "Supplemental petition filed " + petition.getFiledDate()
                    + " with less than a year before the statute of limitations (" + p.getSolDate()
                    + "): a waiver must be requested (19 CFR 171.64).");
        }
        return new PetitionFiled(petition.isTimely(), waiver);
    }

    @Override
    @Transactional
    public DecisionIssued issueDecision(String caseNumber, String petitionId) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        Petition petition = petitions.ofProcess(petitionId);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = caseFiles.today(c);
        Deadline validUntil = deadlines.decisionValidUntil(notice);
        Deadline supplementalDue = deadlines.supplementalPetitionDue(notice, null);
        caseFiles.recordDecidedAmount(c, petition.getDecidedAmount(), petition.getOutcome() + " on petition " + petition.getId());
        String repeatReason = petition.getOutcome() == Petition.Outcome.CANCEL ? null : petitionService.repeatOffenderReason(c);
        caseFiles.storeNotice(c, PenaltyNotices.DECISION_LETTER, "Decision on petition", notice,
                PenaltyNotices.decisionLetter(c, p, addressee(c), notice, petition, c.getAssessedAmount(),
                        petition.getDecidedAmount(), validUntil, supplementalDue, repeatReason,
                        payments.lossOfRevenueOutstanding(c, p)));
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, DeadlineStatus.MET);
        caseFiles.closeDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineStatus.MET);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, DeadlineStatus.MET);
        caseFiles.addComputation(c, List.of(validUntil.trace(), supplementalDue.trace()));
        if (petition.getDecidedAmount().signum() == 0) {
            caseFiles.changeStatus(c, CaseStatus.DECIDED, "penalty cancelled on petition");
            return DecisionIssued.cancelled();
        }
        caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
        caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(), supplementalDue.citation());
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "decision on petition " + petition.getId() + " issued");
        return new DecisionIssued(caseFiles.periodCloses(c, validUntil.due()), caseFiles.periodCloses(c, supplementalDue.due()));
    }

    @Override
    @Transactional
    public Referral prepareReferral(String caseNumber, String referredTo, String trigger) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        BigDecimal penalty = c.getDecidedAmount() != null ? c.getDecidedAmount() : c.getAssessedAmount();
        BigDecimal lorOpen = payments.lossOfRevenueOutstanding(c, p);
        String reason = "Collection of the penalty of " + NoticeHtml.money(penalty)
                + (lorOpen.signum() > 0 ? " and of the unpaid loss of duties, taxes and fees of " + NoticeHtml.money(lorOpen)
                + " (19 U.S.C. 1592(d))" : "")
                + (trigger == null ? "" : " (" + trigger + ")");
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        ReferralPolicy.ReferralTerms terms = referrals.termsFor(caseFiles.today(c));
        return new Referral(reason, terms.followUpCycle(), caseFiles.dayBegins(c, terms.escalationDate()));
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, PenaltyCaseProcess.Outcome outcome) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + outcome.name());
        // EO 14411 Sec. 4(c): only a final finding of culpability goes on the party's record (a paid penalty notice or
        // a decided and paid penalty); a referral for collection and an offer in compromise (1617) are not findings
        FindingKind finding = switch (outcome) {
            case PAID -> FindingKind.PENALTY_PAID;
            case DECIDED_PAID -> FindingKind.PENALTY_DECIDED;
            default -> null;
        };
        if (finding != null && c.getPartyId() != null) {
            parties.recordFinding(c.getPartyId(), p.getStatute().json(), caseFiles.today(c), caseNumber, finding,
                    "Case closed " + outcome.name() + " with a finding of violation");
        }
    }

    @Override
    @Transactional
    public void recordSolWarning(String caseNumber, PenaltyCaseProcess.SolWarning warning) {
        PenaltyCase p = penaltyCases.require(caseFiles.require(caseNumber));
        auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_WARNING.name(), warning.name().replace('_', ' ') + " left before the statute of"
                + " limitations runs on " + p.getSolDate() + " (19 U.S.C. 1621)");
    }

    @Override
    @Transactional
    public SolDates recordSolDecision(String caseNumber, SolDecisionMade decision) {
        CaseFile c = caseFiles.require(caseNumber);
        PenaltyCase p = penaltyCases.require(c);
        String reason = decision.reason();
        switch (decision.decision()) {
            case WAIVER_OBTAINED -> {
                LocalDate newSolDate = decision.newSolDate();
                if (newSolDate == null || !newSolDate.isAfter(p.getSolDate())) {
                    throw new Problems.RuleViolation("A waiver needs the new limitation date, after the current "
                            + p.getSolDate() + ".", "19 CFR 171.64");
                }
                caseFiles.closeDeadline(c, DeadlineNames.STATUTE_OF_LIMITATIONS, DeadlineStatus.WAIVED);
                caseFiles.addDeadline(c, DeadlineNames.STATUTE_OF_LIMITATIONS, p.getSolDate(), newSolDate,
                        "19 CFR 171.64 (waiver)");
                auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_WAIVER_OBTAINED.name(), "statute of limitations waived to " + newSolDate, reason);
                p.extendStatuteOfLimitations(newSolDate);
                return solGuard(c, newSolDate);
            }
            case WRITTEN_REASON -> {
                if (reason == null || reason.isBlank()) {
                    throw new Problems.InvalidInput("solDecisionReason: a written reason is required.");
                }
                auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_DECISION.name(), "no action before the statute of limitations", reason);
            }
            default -> auditLog.caseEvent(caseNumber, PenaltyEvent.SOL_DECISION.name(), decision.decision().name(), reason);
        }
        return null;
    }

    /**
     * 19 U.S.C. 1592(b)(1)(A)(iii): the notice names the laws and regulations allegedly violated; a case charging a
     * foreign-IOR entry violation (issue 15, foreignior) names the order's section and the implementing instrument
     * besides 1592.
     */
    private gov.fpf.casefile.Letter lawsViolated(CaseFile c, PenaltyCase p, gov.fpf.casefile.Letter letter) {
        return letter.with("lawsViolated", p.getStatute().citation() + foreignIor.view(c.getId())
                .map(v -> "; " + v.citation() + " (" + v.inForce() + ")").orElse(""));
    }

    private PenaltyNotices.Addressee addressee(CaseFile c) {
        String party = c.getPartyId() == null ? "the party" : parties.get(c.getPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new PenaltyNotices.Addressee(party, office);
    }
}
