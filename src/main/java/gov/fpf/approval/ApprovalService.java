package gov.fpf.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.office.OfficeAccess;
import gov.fpf.process.engine.SupervisorTasks;
import gov.fpf.seizure.SeizureForfeitureProcess;
import gov.fpf.seizure.SeizureRules;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;
import gov.fpf.worklist.WorklistService;

/**
 * The supervisors' exception queue: national-security exceptions to the EO 14411 floor and 1612 summary sales or
 * destructions waiting in the caller's offices, with what the supervisor needs to decide them, and the decision
 * itself, always with a comment. Deciding completes the task through {@link WorklistService#complete} as the
 * logged-in user, so the rules inside the process apply whatever this page shows; the page only shows beforehand
 * what they will refuse (four eyes), with the same sentence.
 */
@Service
public class ApprovalService {

    public static final String KIND_EXCEPTION = "EXCEPTION";
    public static final String KIND_SUMMARY_SALE = "SUMMARY_SALE";

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String SALE = SeizureForfeitureProcess.SUMMARY_SALE;
    public static final String DESTRUCTION = SeizureForfeitureProcess.SUMMARY_DESTRUCTION;

    /** The audit trail keeps a reason of up to 1,000 characters. */
    static final int MAX_COMMENT = 1000;
    static final int MAX_LISTED = 500;

    private final SupervisorTasks supervisorTasks;
    private final WorklistService worklist;
    private final OfficeAccess officeAccess;
    private final MitigationRules mitigationRules;
    private final SeizureRules seizureRules;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ApprovalService(SupervisorTasks supervisorTasks, WorklistService worklist, OfficeAccess officeAccess,
                    MitigationRules mitigationRules, SeizureRules seizureRules, NamedParameterJdbcTemplate jdbc,
                    Clock clock) {
        this.supervisorTasks = supervisorTasks;
        this.worklist = worklist;
        this.officeAccess = officeAccess;
        this.mitigationRules = mitigationRules;
        this.seizureRules = seizureRules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the proposer asks for, against what the case assessed and the floor. */
    public record ExceptionDetails(long petitionId, String proposedBy, String outcome, BigDecimal proposedAmount,
                                   BigDecimal assessed, BigDecimal floor, BigDecimal requested, String justification,
                                   String findings, String mitigatingFactors, String aggravatingFactors) {
    }

    /** The property, its storage and why the 1612 approval opened. */
    public record SummarySaleDetails(String statute, LocalDate seizureDate, BigDecimal appraisedValue,
                                     String storageLocation, BigDecimal dailyStorageRate, BigDecimal accruedStorage,
                                     BigDecimal projectedStorageCost, LocalDate thresholdDate, boolean perishable,
                                     String reason, String seizedBy) {
    }

    /**
     * An approval waiting.
     *
     * @param approveBlocked why this user may not approve (four eyes, or claimed by someone else); null when they may
     * @param rejectBlocked  why this user may not reject; null when they may
     */
    public record Approval(String taskId, String kind, String name, String caseNumber, String family, String office,
                           Instant created, Instant due, String assignee, ExceptionDetails exception,
                           SummarySaleDetails summarySale, String approveBlocked, String rejectBlocked) {
    }

    public List<Approval> open() {
        return supervisorTasks.openApprovals(officeAccess.visibleOffices(), MAX_LISTED).stream()
                .map(this::approval).toList();
    }

    /**
     * Decides an approval as the logged-in supervisor and returns the case number. {@code decision}: APPROVE or
     * REJECT for an exception; SALE, DESTRUCTION or REJECT for a summary sale. 400 without a comment, 403 four eyes,
     * 404 not an open approval of the caller's offices, 409 someone else was first, 422 a rule of the process refuses.
     */
    public String decide(String taskId, String decision, String comment) {
        SupervisorTasks.SupervisedTask task = supervisorTasks.openApproval(taskId)
                .filter(t -> t.officeCode() != null && officeAccess.canSee(t.officeCode()))
                .orElseThrow(() -> new Problems.NotFound("No open approval " + taskId + " in your offices; it may have"
                        + " been decided already."));
        Approval approval = approval(task);
        String note = comment == null ? "" : comment.strip();
        if (note.isEmpty()) {
            throw new Problems.InvalidInput("comment: a comment is required; it goes on the case's record with your"
                    + " decision.");
        }
        if (note.length() > MAX_COMMENT) {
            throw new Problems.InvalidInput("comment: at most " + MAX_COMMENT + " characters.");
        }
        Map<String, Object> variables = new HashMap<>();
        if (KIND_EXCEPTION.equals(approval.kind())) {
            if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
                throw new Problems.InvalidInput("decision: APPROVE or REJECT.");
            }
            refuseIfBlocked(APPROVE.equals(decision) ? approval.approveBlocked() : approval.rejectBlocked());
            variables.put(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, APPROVE.equals(decision)
                    ? PetitionReviewProcess.APPROVAL_APPROVED : PetitionReviewProcess.APPROVAL_REJECTED);
            variables.put(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, note);
        } else {
            if (!SALE.equals(decision) && !DESTRUCTION.equals(decision) && !REJECT.equals(decision)) {
                throw new Problems.InvalidInput("decision: SALE, DESTRUCTION or REJECT.");
            }
            refuseIfBlocked(REJECT.equals(decision) ? approval.rejectBlocked() : approval.approveBlocked());
            variables.put(SeizureForfeitureProcess.VAR_SUMMARY_SALE_DECISION,
                    REJECT.equals(decision) ? SeizureForfeitureProcess.SUMMARY_SALE_REJECTED : decision);
            variables.put(SeizureForfeitureProcess.VAR_SUMMARY_SALE_REASON, note);
        }
        worklist.complete(taskId, variables);
        return approval.caseNumber();
    }

    private static void refuseIfBlocked(String reason) {
        if (reason != null) {
            throw new Problems.Forbidden(reason);
        }
    }

    private Approval approval(SupervisorTasks.SupervisedTask t) {
        String me = CurrentUser.id();
        String claimed = t.assignee() != null && !t.assignee().equals(me)
                ? "Claimed by " + t.assignee() + "; only they can decide it unless a supervisor reassigns it." : null;
        if (PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION.equals(t.taskDefinitionKey())) {
            ExceptionDetails e = exception(t.petitionId());
            String fourEyes = null;
            try {
                mitigationRules.checkExceptionApproval(new MitigationRules.NationalSecurityException(
                        e == null ? null : e.proposedBy(), e == null ? null : e.justification(), null), me,
                        CurrentUser.groups().contains(Roles.SUPERVISOR));
            } catch (Problems.Forbidden refused) {
                fourEyes = refused.getMessage();
            }
            String blocked = claimed != null ? claimed : fourEyes;
            // the rule covers approving and rejecting alike: the proposer decides neither
            return new Approval(t.id(), KIND_EXCEPTION, t.name(), t.caseNumber(), family(t.caseNumber()),
                    t.officeCode(), t.created(), t.due(), t.assignee(), e, null, blocked, blocked);
        }
        SummarySaleDetails s = summarySale(t.caseNumber());
        String fourEyes = !CurrentUser.groups().contains(Roles.SUPERVISOR)
                ? "Only an FP&F supervisor may approve a summary sale or destruction."
                : s != null && me.equals(s.seizedBy())
                ? "The officer who recorded the seizure may not approve its summary sale; another supervisor must."
                : null;
        return new Approval(t.id(), KIND_SUMMARY_SALE, t.name(), t.caseNumber(), "SEIZURE", t.officeCode(),
                t.created(), t.due(), t.assignee(), null, s, claimed != null ? claimed : fourEyes, claimed);
    }

    private ExceptionDetails exception(Long petitionId) {
        if (petitionId == null) {
            return null;
        }
        return jdbc.query("SELECT p.id, p.proposed_by, p.outcome, p.proposed_amount, c.assessed_amount, c.floor_amount,"
                        + " p.requested_amount, p.exception_justification, p.findings, p.mitigating_factors,"
                        + " p.aggravating_factors FROM petition p JOIN case_file c ON c.id = p.case_id WHERE p.id = :id",
                new MapSqlParameterSource("id", petitionId),
                rs -> rs.next() ? new ExceptionDetails(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)) : null);
    }

    private SummarySaleDetails summarySale(String caseNumber) {
        LocalDate today = BusinessDay.today(clock);
        return jdbc.query("SELECT s.statute, s.seizure_date, s.appraised_value, s.storage_location,"
                        + " s.daily_storage_rate, s.projected_storage_cost, s.summary_sale_date, s.perishable, c.opened_by"
                        + " FROM seizure_case s JOIN case_file c ON c.id = s.case_id WHERE c.case_number = :n",
                new MapSqlParameterSource("n", caseNumber), rs -> {
                    if (!rs.next()) {
                        return null;
                    }
                    LocalDate seized = rs.getObject(2, LocalDate.class);
                    BigDecimal value = rs.getBigDecimal(3);
                    BigDecimal rate = rs.getBigDecimal(5);
                    BigDecimal accrued = rate == null || seized == null || today.isBefore(seized) ? BigDecimal.ZERO
                            : seizureRules.accruedStorage(rate, seized, today).amount();
                    LocalDate threshold = rs.getObject(7, LocalDate.class);
                    boolean perishable = rs.getBoolean(8);
                    String reason = perishable
                            ? "Perishable property: sold or destroyed as early as possible (19 U.S.C. 1612(a); 19 CFR 162.48(a))."
                            : "The storage cost reaches the 19 CFR 162.48(b) share of the appraised value"
                            + (threshold == null ? "" : " on " + threshold) + " (19 U.S.C. 1612(a)).";
                    return new SummarySaleDetails(rs.getString(1), seized, value, rs.getString(4), rate, accrued,
                            rs.getBigDecimal(6), threshold, perishable, reason, rs.getString(9));
                });
    }

    private String family(String caseNumber) {
        if (caseNumber == null) {
            return null;
        }
        List<String> f = jdbc.queryForList("SELECT family FROM case_file WHERE case_number = :n",
                new MapSqlParameterSource("n", caseNumber), String.class);
        return f.isEmpty() ? null : f.get(0);
    }
}
