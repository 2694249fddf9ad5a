package gov.fpf.extension;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.penalty.PenaltyCase;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.penalty.PenaltyCaseRepository;
import gov.fpf.penalty.PenaltyDeadlines;
import gov.fpf.process.engine.CaseTimers;
import gov.fpf.rules.TraceStep;
import gov.fpf.seizure.SeizureForfeitureProcess;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * Extensions of a period the case's process is waiting on, granted by the deciding authority the law names (rule
 * audit A16, issue 12 item 7):
 * <ul>
 * <li>the petition period of a penalty or seizure case: 19 CFR 171.2(c), the FP&amp;F Officer (a supervisor of the
 * case's office) or Headquarters;</li>
 * <li>the response to a pre-penalty notice: 19 CFR 162.78(b), the FP&amp;F Officer when at least one year is left
 * before the statute of limitations, otherwise Headquarters only.</li>
 * </ul>
 * The open deadline is closed as EXTENDED and a new one opened on the new last day; the timer the process waits on
 * moves to the close of that day in the office's zone ({@link OfficeCalendar#periodCloses}); the case timeline and the
 * trace say who extended it, why and under which rule. Nothing is stored when the extension is refused.
 */
@Service
public class PeriodExtensionService {

    /** The periods that can be extended. */
    public enum Period { PETITION, PPN_RESPONSE }

    public record ExtensionView(String caseNumber, String period, LocalDate previousLastDay, LocalDate newLastDay,
                                String grantedBy, String authority, String reason, String citation) {
    }

    static final String C_PETITION = "19 CFR 171.2(c)";
    static final String C_PPN = "19 CFR 162.78(b)";

    private final CaseFileService caseFiles;
    private final CaseTimers caseTimers;
    private final AuditLog auditLog;
    private final OfficeCalendar calendar;
    private final PenaltyCaseRepository penaltyCases;
    private final PenaltyDeadlines penaltyDeadlines;

    PeriodExtensionService(CaseFileService caseFiles, CaseTimers caseTimers, AuditLog auditLog, OfficeCalendar calendar,
                           PenaltyCaseRepository penaltyCases, PenaltyDeadlines penaltyDeadlines) {
        this.caseFiles = caseFiles;
        this.caseTimers = caseTimers;
        this.auditLog = auditLog;
        this.calendar = calendar;
        this.penaltyCases = penaltyCases;
        this.penaltyDeadlines = penaltyDeadlines;
    }

    @Transactional
    public ExtensionView extend(CaseFamily family, String caseNumber, String periodName, LocalDate newLastDay,
                                String reason) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        if (c.getFamily() != family) {
            throw new Problems.NotFound("No " + family.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " case "
                    + caseNumber + " in your offices.");
        }
        Period period = period(family, periodName);
        String office = c.getOfficeCode();
        LocalDate today = calendar.today(office);
        String authority = authority(c, period, today);
        String deadlineName = period == Period.PETITION ? DeadlineNames.PETITION : DeadlineNames.PPN_RESPONSE;
        String citation = period == Period.PETITION ? C_PETITION : C_PPN;
        CaseDeadline open = caseFiles.openDeadline(c, deadlineName).orElseThrow(() -> notWaiting(c, period, citation));
        if (!newLastDay.isAfter(open.getDueDate())) {
            throw new Problems.RuleViolation("newLastDay: " + newLastDay + " is not after the current last day of the "
                    + label(period) + ", " + open.getDueDate() + "; an extension moves it later.", citation);
        }
        Date closes = calendar.periodCloses(timerLastDay(c, period, newLastDay), office);
        if (caseTimers.moveArmed(caseNumber, timerActivity(family, period), timerVariable(family, period), closes) == 0) {
            throw notWaiting(c, period, citation);
        }
        caseFiles.closeDeadline(c, deadlineName, DeadlineStatus.EXTENDED);
        caseFiles.addDeadline(c, deadlineName, open.getDueDate(), newLastDay, citation + " (extension granted by "
                + CurrentUser.id() + ", " + authority + ")");
        String what = label(period) + " extended from " + open.getDueDate() + " to " + newLastDay + " by "
                + CurrentUser.id() + " (" + authority + ")";
        auditLog.caseEvent(caseNumber, ExtensionEvent.PERIOD_EXTENDED.name(), what + ", " + citation, reason.strip());
        caseFiles.addComputation(c, List.of(new TraceStep(capitalized(label(period)) + " extended", newLastDay.toString(),
                what + "; the period now closes at the start of " + newLastDay.plusDays(1) + " in the office's zone"
                        + (period == Period.PETITION ? "" : "; " + (authority.startsWith("FP&F")
                        ? "at least one year was left before the statute of limitations"
                        : "less than one year was left before the statute of limitations, so Headquarters decides")),
                citation, null)));
        return new ExtensionView(caseNumber, period.name(), open.getDueDate(), newLastDay, CurrentUser.id(), authority,
                reason.strip(), citation);
    }

    private static Period period(CaseFamily family, String name) {
        Period period;
        try {
            period = Period.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("period: '" + name + "' is not " + (family == CaseFamily.PENALTY
                    ? "PETITION or PPN_RESPONSE." : "PETITION."));
        }
        if (period == Period.PPN_RESPONSE && family != CaseFamily.PENALTY) {
            throw new Problems.InvalidInput("period: a seizure case has no pre-penalty notice; PETITION is the period "
                    + "that can be extended.");
        }
        return period;
    }

    /**
     * Who may grant it: 171.2(c) empowers the FP&amp;F Officer (a supervisor of the case's office here) and
     * Headquarters; 162.78(b) leaves a PPN response with less than a year to the statute of limitations to
     * Headquarters.
     */
    private String authority(CaseFile c, Period period, LocalDate today) {
        Set<String> groups = CurrentUser.groups();
        boolean headquarters = Roles.HQ_DECIDERS.stream().anyMatch(groups::contains);
        boolean fpfOfficer = groups.contains(Roles.SUPERVISOR);
        if (period == Period.PPN_RESPONSE) {
            PenaltyCase p = penaltyCases.findById(c.getId()).orElseThrow(() -> new IllegalStateException(
                    "Case " + c.getCaseNumber() + " has no penalty facts"));
            if (!penaltyDeadlines.fpfOfficerMayExtendPpnResponse(today, p.getSolDate())) {
                if (!headquarters) {
                    throw new Problems.Forbidden("Less than one year is left before the statute of limitations ("
                            + p.getSolDate() + "): only Headquarters may extend the response to the pre-penalty notice "
                            + "(19 CFR 162.78(b)).");
                }
                return "Headquarters";
            }
        }
        if (headquarters) {
            return "Headquarters";
        }
        if (fpfOfficer) {
            return "FP&F Officer";
        }
        throw new Problems.Forbidden("Only the FP&F Officer (a supervisor of office " + c.getOfficeCode()
                + ") or Headquarters may extend the " + label(period) + " ("
                + (period == Period.PETITION ? C_PETITION : C_PPN) + ").");
    }

    /**
     * The day the waiting timer closes after: the new last day, except for a seizure, whose process waits for the
     * later of the petition and the claim periods (171.2(b)(1); 19 U.S.C. 1608) before declaring forfeiture.
     */
    private LocalDate timerLastDay(CaseFile c, Period period, LocalDate newLastDay) {
        if (c.getFamily() != CaseFamily.SEIZURE) {
            return newLastDay;
        }
        return caseFiles.openDeadline(c, "Claim and cost bond").map(CaseDeadline::getDueDate)
                .filter(claim -> claim.isAfter(newLastDay)).orElse(newLastDay);
    }

    private static String timerActivity(CaseFamily family, Period period) {
        if (family == CaseFamily.SEIZURE) {
            return SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED;
        }
        return period == Period.PETITION ? PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED
                : PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED;
    }

    private static String timerVariable(CaseFamily family, Period period) {
        if (family == CaseFamily.SEIZURE) {
            return SeizureForfeitureProcess.VAR_ELECTION_DUE_DATE;
        }
        return period == Period.PETITION ? PenaltyCaseProcess.VAR_PETITION_DUE_DATE
                : PenaltyCaseProcess.VAR_PPN_RESPONSE_DUE_DATE;
    }

    private static Problems.RuleViolation notWaiting(CaseFile c, Period period, String citation) {
        return new Problems.RuleViolation("Case " + c.getCaseNumber() + " is not waiting on its " + label(period)
                + " now (status " + c.getStatus() + "); only an open period can be extended. Nothing was recorded.",
                citation);
    }

    private static String label(Period period) {
        return period == Period.PETITION ? "petition period" : "response period of the pre-penalty notice";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
