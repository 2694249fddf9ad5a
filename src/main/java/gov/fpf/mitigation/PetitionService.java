package gov.fpf.mitigation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.Money;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.party.ViolationRecordRepository;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * Petitions for all families: received against the case's petition period, then reviewed by PetitionReviewProcess,
 * whose steps this class carries out with the EO 14411 rules of {@link MitigationRules}.
 */
@Service
public class PetitionService implements PetitionReviewSteps {

    private final PetitionRepository petitions;
    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    /** provider, not a list: the family services themselves use this service */
    private final org.springframework.beans.factory.ObjectProvider<PetitionFamily> families;
    private final MitigationRules rules;
    private final LegalParameters parameters;
    private final ViolationRecordRepository violations;
    private final EngineAccess engineAccess;
    private final Clock clock;

    PetitionService(PetitionRepository petitions, CaseFileService caseFiles, CaseWork caseWork, AuditLog auditLog,
                    org.springframework.beans.factory.ObjectProvider<PetitionFamily> families, MitigationRules rules,
                    LegalParameters parameters, ViolationRecordRepository violations, EngineAccess engineAccess,
                    Clock clock) {
        this.petitions = petitions;
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.families = families;
        this.rules = rules;
        this.parameters = parameters;
        this.violations = violations;
        this.engineAccess = engineAccess;
        this.clock = clock;
    }

    @Transactional
    public PetitionController.PetitionView receive(String caseNumber, LocalDate filedDate, LocalDate receivedDate,
                                                   boolean supplemental, BigDecimal requestedAmount, String grounds,
                                                   String filedBy) {
        if (receivedDate.isBefore(filedDate)) {
            throw new Problems.InvalidInput("receivedDate " + receivedDate + " is before filedDate " + filedDate + ".");
        }
        CaseFile caseFile = caseFiles.visibleCase(caseNumber);
        PetitionFamily family = family(caseFile);
        if (filedBy == null || "PETITIONER".equals(filedBy)) {
            filedBy = family.defaultFiler();
        }
        String period = supplemental ? DeadlineNames.SUPPLEMENTAL_PETITION : DeadlineNames.PETITION;
        CaseDeadline due = family.petitionPeriod(caseFile, filedBy, supplemental)
                .or(() -> caseFiles.openDeadline(caseFile, period))
                .or(() -> caseFile.getFamily() == gov.fpf.casefile.CaseFamily.LIQUIDATED_DAMAGES ? java.util.Optional.empty()
                        : caseFiles.latestDeadline(caseFile, period)).orElseThrow(() -> new Problems.RuleViolation(
                "Case " + caseNumber + " has no open " + period.toLowerCase() + " period: "
                        + (supplemental ? "no decision has been issued on it." : "no penalty or claim notice has been issued yet."),
                supplemental ? "19 CFR 171.61; 172.41" : "19 CFR 171.2; 172.3"));
        boolean timely = !filedDate.isAfter(due.getDueDate());
        Petition petition = petitions.save(new Petition(caseFile.getId(), filedDate, receivedDate, supplemental, filedBy,
                requestedAmount, grounds.strip(), timely, clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(caseNumber, supplemental ? PetitionEvent.SUPPLEMENTAL_PETITION_RECEIVED.name() : PetitionEvent.PETITION_RECEIVED.name(),
                (supplemental ? "Supplemental petition" : "Petition") + " " + petition.getId() + " by " + filedBy
                        + " filed " + filedDate + " (received " + receivedDate + "), " + (timely ? "timely" : "LATE")
                        + " against the period ending " + due.getDueDate() + " (" + due.getCitation() + ")", grounds);
        boolean delivered = caseWork.deliver(
                supplemental ? CaseMessages.SUPPLEMENTAL_PETITION_RECEIVED : CaseMessages.PETITION_RECEIVED, caseNumber,
                Map.of(CaseMessages.VAR_PETITION_ID, petition.getId().toString(), CaseMessages.VAR_SUPPLEMENTAL, supplemental));
        if (!delivered && !timely && lateReviewable(caseFile, supplemental)) {
            // 171.2: a late petition is the officer's to accept or refuse; it is recorded and waits for that decision
            petition.awaitLateDecision();
            auditLog.caseEvent(caseNumber, PetitionEvent.LATE_PETITION_RECEIVED.name(), "Petition " + petition.getId() + " filed "
                    + filedDate + " after its period ended on " + due.getDueDate() + ": recorded; the FP&F Officer "
                    + "decides whether to accept it for review (POST .../petitions/" + petition.getId()
                    + "/late-decision; 19 CFR 171.2)", null);
            return new PetitionController.PetitionView(petition.getId(), caseNumber, filedDate, receivedDate,
                    supplemental, filedBy, requestedAmount, false, due.getDueDate(), petition.getStatus().name());
        }
        if (!delivered) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for a "
                    + (supplemental ? "supplemental " : "") + "petition now (status " + caseFile.getStatus()
                    + "). Nothing was recorded.", null);
        }
        return new PetitionController.PetitionView(petition.getId(), caseNumber, filedDate, receivedDate, supplemental,
                filedBy, requestedAmount, timely, due.getDueDate(), petition.getStatus().name());
    }

    /** Penalty and seizure original petitions: the case's process can take an accepted late petition back. */
    private static boolean lateReviewable(CaseFile c, boolean supplemental) {
        return !supplemental && (c.getFamily() == gov.fpf.casefile.CaseFamily.PENALTY
                || c.getFamily() == gov.fpf.casefile.CaseFamily.SEIZURE);
    }

    /**
     * The FP&amp;F Officer's recorded decision on a late petition (19 CFR 171.2; rule audit B9): refused, with the
     * reason; or accepted, and the case's process takes it to review as if it had been filed in time (a referral for
     * no response, or the steps after a 1609 declaration, are cancelled). Decided by a supervisor of the case's office
     * or by headquarters.
     */
    @Transactional
    public PetitionController.PetitionView decideLate(String caseNumber, long petitionId, boolean accept, String reason) {
        CaseFile caseFile = caseFiles.visibleCase(caseNumber);
        Petition petition = petitions.findById(petitionId).filter(p -> p.getCaseId().equals(caseFile.getId()))
                .orElseThrow(() -> new Problems.NotFound("No petition " + petitionId + " on case " + caseNumber + "."));
        if (petition.getStatus() != Petition.Status.LATE_PENDING) {
            throw new Problems.RuleViolation("Petition " + petitionId + " is not a late petition awaiting a decision "
                    + "(status " + petition.getStatus() + "). Nothing was recorded.", "19 CFR 171.2");
        }
        java.util.Set<String> groups = CurrentUser.groups();
        if (!groups.contains(Roles.SUPERVISOR) && Roles.HQ_DECIDERS.stream().noneMatch(groups::contains)) {
            throw new Problems.Forbidden("Only the FP&F Officer (a supervisor of office " + caseFile.getOfficeCode()
                    + ") or headquarters accepts or refuses a late petition (19 CFR 171.2).");
        }
        petition.decideLate(accept, CurrentUser.id(), reason.strip(), clock.instant());
        if (!accept) {
            auditLog.caseEvent(caseNumber, PetitionEvent.LATE_PETITION_REFUSED.name(), "Late petition " + petitionId + " (filed "
                    + petition.getFiledDate() + ") refused by " + CurrentUser.id() + " (19 CFR 171.2)", reason.strip());
        } else {
            auditLog.caseEvent(caseNumber, PetitionEvent.LATE_PETITION_ACCEPTED.name(), "Late petition " + petitionId + " (filed "
                    + petition.getFiledDate() + ") accepted for review by " + CurrentUser.id() + " (19 CFR 171.2)",
                    reason.strip());
            Map<String, Object> variables = Map.of(CaseMessages.VAR_PETITION_ID, petition.getId().toString(),
                    CaseMessages.VAR_SUPPLEMENTAL, false);
            boolean reviewed = caseWork.deliver(CaseMessages.PETITION_RECEIVED, caseNumber, variables)
                    || family(caseFile).latePetitionEntry()
                    .map(entry -> caseWork.returnToPetition(caseNumber, entry.processKey(), entry.taskKey(), variables))
                    .orElse(false);
            if (!reviewed) {
                throw new Problems.RuleViolation("Case " + caseNumber + " has no running process to review the "
                        + "petition in (status " + caseFile.getStatus() + "). Nothing was recorded.", "19 CFR 171.2");
            }
        }
        CaseDeadline due = caseFiles.latestDeadline(caseFile, DeadlineNames.PETITION).orElse(null);
        return new PetitionController.PetitionView(petition.getId(), caseNumber, petition.getFiledDate(),
                petition.getReceivedDate(), false, petition.getFiledBy(), petition.getRequestedAmount(), false,
                due == null ? null : due.getDueDate(), petition.getStatus().name());
    }

    // ------------------------------------------------------------------------- PetitionReviewProcess steps

    /** What routing and the officer's form need: the routing inputs, the guideline range, the floor, repeat offender. */
    @Override
    @Transactional
    public Map<String, Object> prepareReview(String caseNumber, String petitionId) {
        CaseFile c = caseFiles.require(caseNumber);
        Petition petition = petitions.ofProcess(petitionId);
        PetitionFamily family = family(c);
        LocalDate today = caseFiles.today(c);
        Map<String, Object> v = new HashMap<>();
        v.put(PetitionReviewProcess.VAR_PETITION_TIMELY, petition.isTimely());
        v.put(PetitionReviewProcess.VAR_FAMILY, c.getFamily().name());
        v.put(PetitionReviewProcess.VAR_STATUTE, family.statute(c));
        BigDecimal assessed = family.assessed(c);
        v.put(PetitionReviewProcess.VAR_AMOUNT, ProcessVariables.number(assessed));
        v.put(PetitionReviewProcess.VAR_SUPPLEMENTAL, petition.isSupplemental());
        v.put(PetitionReviewProcess.VAR_ORIGINAL_DECIDED_BY, petitions.findByCaseIdOrderByIdAsc(c.getId()).stream()
                .filter(p -> p.getStatus() == Petition.Status.DECIDED && !p.getId().equals(petition.getId()))
                .reduce((first, later) -> later).map(Petition::getDecidingAuthority).orElse(null));
        v.put(PetitionReviewProcess.VAR_FPF_DELEGATION_LIMIT,
                ProcessVariables.number(parameters.valueOn(ParameterNames.FPF_DELEGATION_LIMIT, today).value()));
        v.put(PetitionReviewProcess.VAR_BROKER_SUPPLEMENTAL_THRESHOLD,
                ProcessVariables.number(parameters.valueOn(ParameterNames.BROKER_SUPPLEMENTAL_THRESHOLD, today).value()));
        GuidelineRanges.Range range = family.guidelineRange(c, petition);
        v.put(PetitionReviewProcess.VAR_GUIDELINE_LOW, range == null ? null : ProcessVariables.number(range.low()));
        v.put(PetitionReviewProcess.VAR_GUIDELINE_HIGH, range == null ? null : ProcessVariables.number(range.high()));
        List<TraceStep> trace = new java.util.ArrayList<>();
        MitigationRules.FloorCheck floor = null;
        boolean floorWithoutValue = false;
        try {
            floor = floor(family, assessed, today);
        } catch (ParameterValueUnknown unknown) {
            floorWithoutValue = true;
            trace.add(new TraceStep(family.floorRule().label(), "not set", unknown.getMessage()
                    + " Until then a mitigated decision cannot be checked against it and is refused; cancellation"
                    + " and denial are not affected.", unknown.citation(), null));
        }
        v.put(PetitionReviewProcess.VAR_FLOOR_AMOUNT, floor == null ? null : ProcessVariables.number(floor.floor()));
        MitigationRules.RepeatOffenderCheck repeat = repeatOffender(c, today);
        v.put(PetitionReviewProcess.VAR_REPEAT_OFFENDER, repeat != null && repeat.repeatOffender());
        if (range != null) {
            trace.addAll(range.steps());
        }
        if (floor != null) {
            trace.addAll(floor.steps());
        } else if (!floorWithoutValue) {
            gov.fpf.rules.EoRule.governing(family.floorRule().parameter())
                    .ifPresent(rule -> trace.add(gov.fpf.rules.EoRuleSource.notInForceStep(rule, today)));
        }
        family.decisionMinimum(c, today).ifPresent(minimum -> trace.add(minimum.step()));
        if (repeat != null) {
            trace.addAll(repeat.steps());
        } else if (c.getPartyId() != null) {
            trace.add(gov.fpf.rules.EoRuleSource.notInForceStep(gov.fpf.rules.EoRule.REPEAT_OFFENDER, today));
        }
        caseFiles.addComputation(c, trace);
        return v;
    }

    @Override
    @Transactional
    public void checkProposedDecision(String caseNumber, String petitionId, Map<String, Object> decision) {
        CaseFile c = caseFiles.require(caseNumber);
        Petition petition = petitions.ofProcess(petitionId);
        String actor = text(decision.get(PetitionReviewProcess.VAR_COMPLETED_BY));
        LocalDate today = caseFiles.today(c);
        BigDecimal assessed = family(c).assessed(c);
        if (PetitionReviewProcess.STEP_APPROVE_EXCEPTION.equals(decision.get(PetitionReviewProcess.VAR_DECISION_STEP))) {
            String approval = text(decision.get(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL));
            if (approval == null) {
                throw new Problems.InvalidInput("exceptionApproval: choose APPROVED or REJECTED.");
            }
            MitigationRules.NationalSecurityException exception = new MitigationRules.NationalSecurityException(
                    petition.getProposedBy(), petition.getExceptionJustification(), null);
            rules.checkExceptionApproval(exception, actor, isSupervisor(actor));
            if (PetitionReviewProcess.APPROVAL_APPROVED.equals(approval)) {
                petition.approveException(actor);
                auditLog.caseEvent(caseNumber, PetitionEvent.NATIONAL_SECURITY_EXCEPTION_APPROVED.name(), "exception to the EO 14411 floor"
                        + " for petition " + petitionId + " proposed by " + petition.getProposedBy() + " approved",
                        text(decision.get(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE)));
            } else {
                auditLog.caseEvent(caseNumber, PetitionEvent.NATIONAL_SECURITY_EXCEPTION_REJECTED.name(), "exception for petition "
                        + petitionId + " rejected; back to the officer",
                        text(decision.get(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE)));
            }
            return;
        }
        MitigationRules.Outcome outcome = outcome(decision.get(PetitionReviewProcess.VAR_PETITION_OUTCOME));
        BigDecimal proposed = Money.dollars(decision.get(PetitionReviewProcess.VAR_PROPOSED_AMOUNT), "proposedAmount");
        boolean exceptionProposed = Boolean.TRUE.equals(decision.get(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION));
        String justification = text(decision.get(PetitionReviewProcess.VAR_EXCEPTION_JUSTIFICATION));
        MitigationRules.FloorCheck floor = floorFor(family(c), outcome, assessed, today);
        rules.checkProposedDecision(outcome, assessed, proposed, floor, repeatOffender(c, today),
                exceptionProposed ? new MitigationRules.NationalSecurityException(actor, justification, null) : null,
                family(c).decisionMinimum(c, today).orElse(null));
        petition.propose(Petition.Outcome.valueOf(outcome.name()), proposed, actor,
                text(decision.get(PetitionReviewProcess.VAR_MITIGATING_FACTORS)),
                text(decision.get(PetitionReviewProcess.VAR_AGGRAVATING_FACTORS)),
                text(decision.get(PetitionReviewProcess.VAR_FINDINGS)), exceptionProposed, justification);
        auditLog.caseEvent(caseNumber, PetitionEvent.PETITION_DECISION_PROPOSED.name(), outcome + " at " + NoticeHtml.money(proposed)
                + " on petition " + petitionId + (exceptionProposed ? ", below the floor with a national-security"
                + " exception for a supervisor to approve" : ""), exceptionProposed ? justification : null);
    }

    @Override
    @Transactional
    public void recordDecision(String caseNumber, String petitionId, Map<String, Object> decision) {
        CaseFile c = caseFiles.require(caseNumber);
        Petition petition = petitions.ofProcess(petitionId);
        BigDecimal decided = petition.getProposedAmount();
        MitigationRules.FloorCheck floor = floorFor(family(c), MitigationRules.Outcome.valueOf(
                petition.getOutcome().name()), family(c).assessed(c), caseFiles.today(c));
        MitigationRules.NationalSecurityException exception = petition.isNationalSecurityException()
                ? new MitigationRules.NationalSecurityException(petition.getProposedBy(),
                petition.getExceptionJustification(), petition.getExceptionApprovedBy())
                : null;
        if (petition.getOutcome() != Petition.Outcome.CANCEL) {
            rules.checkReadyToIssue(decided, floor, exception,
                    family(c).decisionMinimum(c, caseFiles.today(c)).orElse(null));
        }
        Object authority = decision.get(PetitionReviewProcess.VAR_DECIDING_AUTHORITY);
        if (authority != null) {
            petition.route(authority.toString());
        }
        petition.decide(decided, clock.instant());
        auditLog.caseEvent(caseNumber, PetitionEvent.PETITION_DECIDED.name(), petition.getOutcome() + ": " + NoticeHtml.money(decided)
                + " on petition " + petitionId + ", decided by " + petition.getDecidingAuthority()
                + (decision.get(PetitionReviewProcess.VAR_ROUTING_CITATION) == null ? ""
                : " (" + decision.get(PetitionReviewProcess.VAR_ROUTING_CITATION) + ")"), petition.getFindings());
    }

    private MitigationRules.FloorCheck floor(PetitionFamily family, BigDecimal assessed, LocalDate on) {
        return rules.floorInForce(family.floorRule(), assessed, on, parameters).orElse(null);
    }

    /**
     * The floor a decision is checked against. Only a mitigation needs it: a floor in force without a known amount
     * refuses a mitigation (the order applies, the amount cannot be checked) but not a cancellation or a denial.
     */
    private MitigationRules.FloorCheck floorFor(PetitionFamily family, MitigationRules.Outcome outcome,
                                                BigDecimal assessed, LocalDate on) {
        try {
            return floor(family, assessed, on);
        } catch (ParameterValueUnknown unknown) {
            if (outcome == MitigationRules.Outcome.MITIGATE) {
                throw new Problems.RuleViolation("A mitigated decision cannot be made yet: " + unknown.getMessage()
                        + " Deny or cancel, or wait for the amount.", unknown.citation());
            }
            return null;
        }
    }

    /** The repeat-offender finding for a decision letter: its reason when the party is one, else null. */
    @Transactional(readOnly = true)
    public String repeatOffenderReason(CaseFile c) {
        MitigationRules.RepeatOffenderCheck check = repeatOffender(c, caseFiles.today(c));
        return check != null && check.repeatOffender() ? check.reason() : null;
    }

    /** Earlier findings against the party, not counting this case's own, before this case's violation. */
    private MitigationRules.RepeatOffenderCheck repeatOffender(CaseFile c, LocalDate on) {
        if (c.getPartyId() == null) {
            return null;
        }
        List<MitigationRules.PriorFinding> findings = violations.findByPartyIdOrderByFindingDateAscIdAsc(c.getPartyId())
                .stream()
                .filter(v -> !c.getCaseNumber().equals(v.getCaseNumber()))
                .map(v -> new MitigationRules.PriorFinding(v.getCaseNumber(), v.getKind().name(), v.getFindingDate(),
                        v.getKind().isFinding()))
                .toList();
        return rules.repeatOffenderInForce(findings, family(c).violationDate(c), on, parameters).orElse(null);
    }

    private boolean isSupervisor(String userId) {
        if (userId == null) {
            return false;
        }
        if (userId.equals(CurrentUser.id())) {
            return CurrentUser.groups().contains(Roles.SUPERVISOR);
        }
        return engineAccess.groupsOf(userId).contains(Roles.SUPERVISOR);
    }

    private PetitionFamily family(CaseFile c) {
        return families.orderedStream().filter(f -> f.family() == c.getFamily()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No petition review for " + c.getFamily() + " cases"));
    }

    private static MitigationRules.Outcome outcome(Object value) {
        if (value == null) {
            throw new Problems.InvalidInput("petitionOutcome: choose CANCEL, MITIGATE or DENY.");
        }
        try {
            return MitigationRules.Outcome.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("petitionOutcome: '" + value + "' is not CANCEL, MITIGATE or DENY.");
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
