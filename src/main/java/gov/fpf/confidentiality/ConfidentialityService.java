package gov.fpf.confidentiality;

import static gov.fpf.confidentiality.ConfidentialityReviewProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.OpenTask;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterSource;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Confidentiality requests (EO 14411 Sec. 6): recording them, the decisions on them and their end. A person's
 * decision (API, page, Tasklist) completes the task of the request's {@link ConfidentialityReviewProcess}; the
 * process's recording step then calls the {@code apply*} methods here, so every door records the same way. The API
 * checks what it is sent before it touches the task (a 400/409/422 stores nothing); the recording step checks again
 * for the doors that only the engine guards (Tasklist), and its refusal rolls the completion back.
 *
 * <p>Who decides: a supervisor of the office that recorded the request (the task's tenant and candidate group).
 * Parties are not office-scoped, so the recording office stands in for "the office that received the request".
 */
@Service
public class ConfidentialityService implements ConfidentialitySteps {

    public static final String CITATION = "EO 14411 Sec. 6; 19 CFR 103.31(d)";

    private final ConfidentialityRequestRepository requests;
    private final ConfidentialityDecisionRepository decisions;
    private final PartyService parties;
    private final ConfidentialityTerms terms;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final OfficeAccess officeAccess;
    private final CaseWork caseWork;

    ConfidentialityService(ConfidentialityRequestRepository requests, ConfidentialityDecisionRepository decisions,
                           PartyService parties, ParameterSource parameters, EoRuleSource rules, AuditLog auditLog,
                           Clock clock, OfficeCalendar calendar, OfficeAccess officeAccess, CaseWork caseWork) {
        this.requests = requests;
        this.decisions = decisions;
        this.parties = parties;
        this.terms = new ConfidentialityTerms(parameters, rules);
        this.auditLog = auditLog;
        this.clock = clock;
        this.calendar = calendar;
        this.officeAccess = officeAccess;
        this.caseWork = caseWork;
    }

    public record NewRequest(long partyId, String officeCode, ConfidentialityScope scope, String scopeDescription,
                             String reason, LocalDate receivedOn, LocalDate requestedUntil) {
    }

    public ConfidentialityTerms terms() {
        return terms;
    }

    /** today at the office (its local date: the day decisions are dated) */
    public LocalDate todayAt(String officeCode) {
        return calendar.today(officeCode);
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public ConfidentialityRequest get(long id) {
        return requests.findById(id).orElseThrow(() -> new Problems.NotFound("No confidentiality request " + id + "."));
    }

    @Transactional(readOnly = true)
    public List<ConfidentialityRequest> list(Long partyId, ConfidentialityStatus status) {
        if (partyId != null && status != null) {
            return requests.findByPartyIdAndStatusOrderByIdDesc(partyId, status);
        }
        if (partyId != null) {
            return requests.findByPartyIdOrderByIdDesc(partyId);
        }
        if (status != null) {
            return requests.findByStatusOrderByIdDesc(status);
        }
        return requests.findTop500ByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<ConfidentialityDecision> decisions(long id) {
        return decisions.findByRequestIdOrderByIdAsc(id);
    }

    /** the open task of the request's process, if any (for pages: which action is open now) */
    public Optional<OpenTask> openTask(long id) {
        return caseWork.openTasks(businessKey(id)).stream().findFirst();
    }

    // ------------------------------------------------------------------------------------------------ recording

    @Transactional
    public ConfidentialityRequest record(NewRequest r) {
        return record(r, false, CurrentUser.id());
    }

    @Transactional
    public ConfidentialityRequest record(NewRequest r, boolean demo, String actor) {
        Party party = parties.get(r.partyId());
        String office = demo ? r.officeCode() : officeAccess.officeForNewCase(r.officeCode());
        LocalDate today = calendar.today(office);
        if (r.scope() == ConfidentialityScope.OTHER && (r.scopeDescription() == null || r.scopeDescription().isBlank())) {
            throw new Problems.InvalidInput("scopeDescription: required when scope is OTHER; say what is to be kept confidential.");
        }
        LocalDate received = r.receivedOn() == null ? today : r.receivedOn();
        if (received.isAfter(today)) {
            throw new Problems.InvalidInput("receivedOn: " + received + " is in the future; today is " + today + ".");
        }
        if (r.requestedUntil() != null && !r.requestedUntil().isAfter(received)) {
            throw new Problems.InvalidInput("requestedUntil: must be after the day the request was received (" + received + ").");
        }
        ConfidentialityRequest request = requests.saveAndFlush(new ConfidentialityRequest(party.getId(), office,
                r.scope(), blankToNull(r.scopeDescription()), r.reason().strip(), received, r.requestedUntil(), demo,
                actor, clock.instant()));
        note(request, ConfidentialityDecisionKind.RECORDED, received, r.requestedUntil(), r.reason().strip(), actor);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REQUEST_ID, request.getId());
        vars.put(VAR_OFFICE_CODE, office);
        vars.put(VAR_PARTY_NAME, party.getName());
        vars.put(VAR_SCOPE, request.getScope().name());
        vars.put(VAR_REQUEST_REASON, request.getReason());
        vars.put(VAR_REQUESTED_UNTIL, r.requestedUntil() == null ? null : r.requestedUntil().toString());
        caseWork.startCase(KEY, request.businessKey(), office, vars);
        return request;
    }

    // ------------------------------------------------------------------------------------------------ decisions (API)

    /** A supervisor's grant or denial, checked here and recorded by completing the request's review task. */
    @Transactional
    public ConfidentialityRequest decide(long id, long version, String decision, String reason, LocalDate grantedUntil) {
        ConfidentialityRequest request = current(id, version, ConfidentialityStatus.REQUESTED);
        checkDecision(request, decision, reason, grantedUntil, today(request));
        complete(request, TASK_DECIDE_REQUEST, Map.of(VAR_DECISION, decision, VAR_DECISION_REASON, reason,
                VAR_GRANTED_UNTIL, grantedUntil == null ? "" : grantedUntil.toString()));
        return get(id);
    }

    @Transactional
    public ConfidentialityRequest review(long id, long version, String outcome, String reason) {
        ConfidentialityRequest request = current(id, version, ConfidentialityStatus.GRANTED);
        checkReview(outcome, reason);
        complete(request, TASK_PERIODIC_REVIEW, Map.of(VAR_REVIEW_OUTCOME, outcome, VAR_REVIEW_REASON, reason));
        return get(id);
    }

    @Transactional
    public ConfidentialityRequest renew(long id, long version, String decision, String reason, LocalDate renewedUntil) {
        ConfidentialityRequest request = current(id, version, ConfidentialityStatus.GRANTED);
        checkRenewal(request, decision, reason, renewedUntil, today(request));
        complete(request, TASK_DECIDE_RENEWAL, Map.of(VAR_RENEWAL_DECISION, decision, VAR_RENEWAL_REASON, reason,
                VAR_RENEWED_UNTIL, renewedUntil == null ? "" : renewedUntil.toString()));
        return get(id);
    }

    /** The party takes its request back (or gives up a grant): recorded, and the review process ends. */
    @Transactional
    public ConfidentialityRequest withdraw(long id, long version, String reason) {
        ConfidentialityRequest request = get(id);
        checkVersion(request, version);
        if (request.getStatus().isClosed()) {
            throw new Problems.Conflict("Confidentiality request " + id + " is already " + request.getStatus()
                    + "; there is nothing to withdraw.");
        }
        if (!officeAccess.canSee(request.getOfficeCode())) {
            throw new Problems.Forbidden("Confidentiality request " + id + " was recorded by office "
                    + request.getOfficeCode() + "; only that office withdraws it.");
        }
        request.close(ConfidentialityStatus.WITHDRAWN);
        requests.saveAndFlush(request);
        note(request, ConfidentialityDecisionKind.WITHDRAWN, today(request), null, reason.strip(), CurrentUser.id());
        caseWork.deliver(MESSAGE_WITHDRAWN, request.businessKey(), Map.of());
        return request;
    }

    private ConfidentialityRequest current(long id, long version, ConfidentialityStatus expected) {
        ConfidentialityRequest request = get(id);
        checkVersion(request, version);
        if (request.getStatus() != expected) {
            throw new Problems.Conflict("Confidentiality request " + id + " is " + request.getStatus() + ", not "
                    + expected + "; reload it.");
        }
        return request;
    }

    private static void checkVersion(ConfidentialityRequest request, long version) {
        if (request.getVersion() != version) {
            throw new Problems.Conflict("Confidentiality request " + request.getId() + " was changed by someone else "
                    + "(version " + request.getVersion() + ", you saw " + version + "). Reload it and decide again.");
        }
    }

    private void complete(ConfidentialityRequest request, String taskKey, Map<String, Object> variables) {
        if (!officeAccess.ownOffices().contains(request.getOfficeCode())) {
            throw new Problems.Forbidden("Confidentiality request " + request.getId() + " was recorded by office "
                    + request.getOfficeCode() + "; its supervisors decide it, and you are not one of them.");
        }
        OpenTask task = caseWork.openTasks(request.businessKey()).stream()
                .filter(t -> taskKey.equals(t.taskDefinitionKey())).findFirst().orElse(null);
        if (task == null) {
            throw new Problems.Conflict("Confidentiality request " + request.getId() + " has no open '"
                    + taskName(taskKey) + "' step now" + (TASK_DECIDE_RENEWAL.equals(taskKey)
                    ? "; the renewal review opens " + (request.getGrantedUntil() == null ? "only for grants that expire"
                    : "on " + terms.renewalOpens(request.getGrantedOn(), request.getGrantedUntil())) : "") + ".");
        }
        caseWork.complete(task.id(), variables, CurrentUser.id(), CurrentUser.groups(), officeAccess.visibleOffices());
    }

    private static String taskName(String taskKey) {
        return switch (taskKey) {
            case TASK_DECIDE_REQUEST -> "decide the request";
            case TASK_PERIODIC_REVIEW -> "periodic review";
            default -> "renewal review";
        };
    }

    // ------------------------------------------------------------------------------------------------ checks

    private void checkDecision(ConfidentialityRequest request, String decision, String reason, LocalDate until,
                               LocalDate today) {
        requireReason(reason, "reason");
        if (DECISION_DENY.equals(decision)) {
            return;
        }
        if (!DECISION_GRANT.equals(decision)) {
            throw new Problems.InvalidInput("decision: must be GRANT or DENY, not '" + decision + "'.");
        }
        checkUntil(until, today, "grantedUntil");
    }

    private static void checkReview(String outcome, String reason) {
        requireReason(reason, "reason");
        if (!REVIEW_CONTINUE.equals(outcome) && !REVIEW_END.equals(outcome)) {
            throw new Problems.InvalidInput("outcome: must be CONTINUE or END, not '" + outcome + "'.");
        }
    }

    private void checkRenewal(ConfidentialityRequest request, String decision, String reason, LocalDate until,
                              LocalDate today) {
        requireReason(reason, "reason");
        if (RENEWAL_DO_NOT_RENEW.equals(decision)) {
            return;
        }
        if (!RENEWAL_RENEW.equals(decision)) {
            throw new Problems.InvalidInput("decision: must be RENEW or DO_NOT_RENEW, not '" + decision + "'.");
        }
        checkUntil(until, today, "renewedUntil");
        if (request.getGrantedUntil() != null && !until.isAfter(request.getGrantedUntil())) {
            throw new Problems.InvalidInput("renewedUntil: " + until + " does not extend the grant, which already runs to "
                    + request.getGrantedUntil() + ".");
        }
    }

    /** While the Sec. 6 rule is in force a grant needs an end within the maximum; before it, none is set. */
    private void checkUntil(LocalDate until, LocalDate today, String field) {
        if (terms.reviewInForce(today).isEmpty()) {
            if (until != null) {
                throw new Problems.RuleViolation(field + ": no end date is set while periodic review and expiry of "
                        + "confidentiality requests is not in force on " + today + " (no implementing instrument); "
                        + "the grant is open-ended, as before the order.", gov.fpf.rules.EoRule.CONFIDENTIALITY_REVIEW.citation());
            }
            return;
        }
        if (until == null) {
            throw new Problems.InvalidInput(field + ": required for a grant; at most " + terms.latestUntil(today) + ".");
        }
        if (!until.isAfter(today)) {
            throw new Problems.InvalidInput(field + ": " + until + " must be after today (" + today + ").");
        }
        LocalDate latest = terms.latestUntil(today);
        if (until.isAfter(latest)) {
            throw new Problems.RuleViolation(field + ": " + until + " is later than " + latest + ", the longest a grant "
                    + "may run from " + today + " (" + terms.maximum(today).reference() + ").",
                    terms.reviewInForce(today).get().citation());
        }
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput(field + ": required; say why.");
        }
        if (reason.length() > 2000) {
            throw new Problems.InvalidInput(field + ": at most 2000 characters.");
        }
    }

    // ------------------------------------------------------------------------------------------------ process steps

    /** DECISION step: records the grant or denial the task carried; the variables say which path the model takes. */
    @Override
    @Transactional
    public Map<String, Object> applyDecision(long id, String decision, String reason, LocalDate until, String actor) {
        ConfidentialityRequest request = get(id);
        if (request.getStatus() != ConfidentialityStatus.REQUESTED) {
            throw new Problems.Conflict("Confidentiality request " + id + " is " + request.getStatus() + ".");
        }
        LocalDate today = today(request);
        checkDecision(request, decision, reason, until, today);
        Map<String, Object> result = new HashMap<>();
        if (DECISION_DENY.equals(decision)) {
            request.close(ConfidentialityStatus.DENIED);
            requests.saveAndFlush(request);
            note(request, ConfidentialityDecisionKind.DENIED, today, null, reason.strip(), actor);
            result.put(VAR_GRANTED, false);
            result.put(VAR_PERIODIC_REVIEW, false);
            return result;
        }
        boolean periodic = terms.reviewInForce(today).isPresent();
        LocalDate nextReview = periodic ? terms.nextReview(today) : null;
        request.grant(today, until, nextReview, periodic);
        requests.saveAndFlush(request);
        note(request, ConfidentialityDecisionKind.GRANTED, today, until, reason.strip(), actor);
        result.put(VAR_GRANTED, true);
        result.put(VAR_PERIODIC_REVIEW, periodic);
        if (periodic) {
            result.putAll(dates(request, today));
        }
        return result;
    }

    @Override
    @Transactional
    public Map<String, Object> applyReview(long id, String outcome, String reason, String actor) {
        ConfidentialityRequest request = granted(id);
        LocalDate today = today(request);
        checkReview(outcome, reason);
        Map<String, Object> result = new HashMap<>();
        if (REVIEW_END.equals(outcome)) {
            request.endOn(today);
            requests.saveAndFlush(request);
            note(request, ConfidentialityDecisionKind.ENDED_ON_REVIEW, today, today, reason.strip(), actor);
            result.put(VAR_CONTINUED, false);
            return result;
        }
        request.extend(request.getGrantedUntil(), terms.nextReview(today));
        requests.saveAndFlush(request);
        note(request, ConfidentialityDecisionKind.REVIEWED, today, request.getGrantedUntil(), reason.strip(), actor);
        result.put(VAR_CONTINUED, true);
        result.putAll(dates(request, today));
        return result;
    }

    @Override
    @Transactional
    public Map<String, Object> applyRenewal(long id, String decision, String reason, LocalDate until, String actor) {
        ConfidentialityRequest request = granted(id);
        LocalDate today = today(request);
        checkRenewal(request, decision, reason, until, today);
        Map<String, Object> result = new HashMap<>();
        if (RENEWAL_DO_NOT_RENEW.equals(decision)) {
            note(request, ConfidentialityDecisionKind.NOT_RENEWED, today, request.getGrantedUntil(), reason.strip(), actor);
            result.put(VAR_RENEWED, false);
            return result;
        }
        request.extend(until, terms.nextReview(today));
        requests.saveAndFlush(request);
        note(request, ConfidentialityDecisionKind.RENEWED, today, until, reason.strip(), actor);
        result.put(VAR_RENEWED, true);
        result.putAll(dates(request, today));
        return result;
    }

    /** EXPIRY step: the grant's last day has passed with no renewal. */
    @Override
    @Transactional
    public void applyExpiry(long id) {
        ConfidentialityRequest request = granted(id);
        request.close(ConfidentialityStatus.EXPIRED);
        requests.saveAndFlush(request);
        note(request, ConfidentialityDecisionKind.EXPIRED, today(request), request.getGrantedUntil(),
                "Not renewed: the grant ended on " + request.getGrantedUntil() + ".", CurrentUser.SYSTEM);
    }

    private ConfidentialityRequest granted(long id) {
        ConfidentialityRequest request = get(id);
        if (request.getStatus() != ConfidentialityStatus.GRANTED) {
            throw new Problems.Conflict("Confidentiality request " + id + " is " + request.getStatus() + ", not GRANTED.");
        }
        return request;
    }

    /** the timers' dates: next review, renewal review, and expiry (the first moment after the last day) */
    private Map<String, Object> dates(ConfidentialityRequest request, LocalDate today) {
        String office = request.getOfficeCode();
        Map<String, Object> dates = new HashMap<>();
        dates.put(VAR_REVIEW_DATE, calendar.dayBegins(request.getNextReviewOn(), office));
        dates.put(VAR_RENEWAL_DATE, calendar.dayBegins(terms.renewalOpens(today, request.getGrantedUntil()), office));
        dates.put(VAR_EXPIRY_DATE, calendar.periodCloses(request.getGrantedUntil(), office));
        return dates;
    }

    private LocalDate today(ConfidentialityRequest request) {
        return calendar.today(request.getOfficeCode());
    }

    private void note(ConfidentialityRequest request, ConfidentialityDecisionKind kind, LocalDate on, LocalDate until,
                      String reason, String actor) {
        decisions.save(new ConfidentialityDecision(request.getId(), kind, on, until, reason, actor, clock.instant()));
        String detail = "Confidentiality request " + request.getId() + " (party " + request.getPartyId() + ", "
                + request.getScope() + "): " + kind + (until == null ? "" : " until " + until);
        auditLog.entityEventBy(actor, "CONFIDENTIALITY_REQUEST", request.getId().toString(), "CONFIDENTIALITY_" + kind,
                detail, reason);
    }

    static LocalDate parseDate(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new Problems.InvalidInput(field + ": '" + text + "' is not a date (yyyy-mm-dd).");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
