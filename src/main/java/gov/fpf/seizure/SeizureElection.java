package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseTimers;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The owner's election after the notice of seizure (19 U.S.C. 1607-1609; 18 U.S.C. 983(a)): abandonment, a claim
 * with cost bond (or a CAFRA claim), and the recorded first publication the claim period runs from.
 */
@Service
class SeizureElection {

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final SeizureCaseService seizureCases;
    private final InterestedPartyRepository interestedParties;
    private final SeizureRules rules;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final CaseTimers caseTimers;
    private final AuditLog auditLog;

    SeizureElection(CaseFileService caseFiles, SeizureCaseFiles cases, SeizureCaseService seizureCases,
                    InterestedPartyRepository interestedParties, SeizureRules rules, Deadlines deadlines,
                    LegalParameters parameters, CaseWork caseWork, CaseTimers caseTimers, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.seizureCases = seizureCases;
        this.interestedParties = interestedParties;
        this.rules = rules;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.caseTimers = caseTimers;
        this.auditLog = auditLog;
    }

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
        cases.family(c);
        SeizureTimeline t = cases.timeline(c);
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
        auditLog.caseEvent(caseNumber, (othersKeepRights ? SeizureAuditEvent.ABANDONMENT_BY_ONE_PARTY
                : SeizureAuditEvent.ABANDONMENT_RECEIVED).name(),
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
        SeizureCase s = cases.seizure(cases.family(c));
        SeizureTimeline t = cases.timeline(c);
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
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.CLAIM_AND_BOND_RECEIVED.name(), "claim by " + claimant + " filed " + filedDate
                + " with a cost bond of " + NoticeHtml.money(bondAmount) + " (19 U.S.C. 1608)", null);
        if (!caseWork.deliver(CaseMessages.CLAIM_AND_BOND_RECEIVED, caseNumber, Map.of("claimant", claimant))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an election now. Nothing was"
                    + " recorded.", "19 U.S.C. 1608");
        }
    }

    /** CAFRA claim (18 U.S.C. 983(a)(2)): no bond; the complaint for forfeiture is due 90 days after it (983(a)(3)). */
    private void cafraClaim(CaseFile c, SeizureCase s, SeizureTimeline t, LocalDate filedDate, String claimant) {
        if (s.getClaimDue() != null && filedDate.isAfter(s.getClaimDue())) {
            throw new Problems.RuleViolation("The claim filed " + filedDate + " is late: the notice of seizure set "
                    + s.getClaimDue() + " as the deadline, 35 days after mailing.", "18 U.S.C. 983(a)(2)(B)");
        }
        Deadline complaint = deadlines.due("Complaint for forfeiture", ParameterNames.CAFRA_COMPLAINT, filedDate);
        auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.CAFRA_CLAIM_RECEIVED.name(), "claim by " + claimant + " filed " + filedDate
                + ", no cost bond (18 U.S.C. 983(a)(2)(E)); complaint for forfeiture due by " + complaint.due()
                + " or the property is returned (983(a)(3))", null);
        if (!caseWork.deliver(CaseMessages.CLAIM_AND_BOND_RECEIVED, c.getCaseNumber(), Map.of("claimant", claimant,
                VAR_COMPLAINT_DUE_DATE, cases.closes(c, complaint.due())))) {
            throw new Problems.RuleViolation("Case " + c.getCaseNumber() + " is not waiting for a claim now. Nothing was"
                    + " recorded.", "18 U.S.C. 983(a)(2)");
        }
        t.cafraClaim(filedDate, complaint.due());
        caseFiles.closeDeadline(c, SeizureDeadline.CAFRA_CLAIM.label(), DeadlineStatus.MET);
        caseFiles.addDeadline(c, SeizureDeadline.COMPLAINT.label(), filedDate, complaint.due(), complaint.citation());
        caseFiles.addComputation(c, List.of(complaint.trace()));
    }

    /**
     * Records the actual first publication of the notice of seizure on the forfeiture website (and the customhouse
     * posting, required when the value is at most the 162.45(b)(2) threshold): the 1608 claim period runs 20 days
     * from it, and no 1609 declaration comes before the claim period, the 30 days online and the 3 weeks' posting have
     * all run, nor before the petition period. Moves the election timer to that date.
     */
    @Transactional
    public SeizureCaseService.PropertyView recordPublication(String caseNumber, LocalDate firstPublication, LocalDate customhousePosting) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        SeizureTimeline t = cases.timeline(c);
        LocalDate today = cases.today(c);
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
        caseFiles.addDeadline(c, SeizureDeadline.CLAIM.label(), firstPublication, claimDue.due(), claimDue.citation());
        caseFiles.addDeadline(c, SeizureDeadline.PUBLICATION.label(), firstPublication, publication.due(), publication.citation());
        if (posting != null) {
            caseFiles.addDeadline(c, SeizureDeadline.CUSTOMHOUSE_POSTING.label(), customhousePosting, posting.due(), posting.citation());
        }
        caseFiles.addComputation(c, trace);
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.PUBLICATION_RECORDED.name(), "first published " + firstPublication
                + (customhousePosting == null ? "" : ", posted at the customhouse " + customhousePosting)
                + "; claim with cost bond due by " + claimDue.due() + "; election closes after " + election.due());
        caseTimers.move(SeizureForfeitureProcess.KEY, caseNumber, INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED,
                VAR_ELECTION_DUE_DATE, cases.closes(c, election.due()));
        return seizureCases.property(caseNumber);
    }
}
