package gov.fpf.vetting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeMemberships;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.PartyProcesses;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * Recurrent vetting (EO 14411 Sec. 2(f)) on the domain side: which parties are vetted and by whom, the steps the model
 * calls (open a vetting, record its outcome), and the lists.
 *
 * <p><b>Who is vetted:</b> every party with a role in the import trade ({@link gov.fpf.party.PartyRole}: importers of
 * record, foreign ones included, customs brokers, custodians of bonded merchandise, freight forwarders). Affiliates of
 * an IOR are vetted as parties in their own right: each affiliate is a party with a role, so it has its own vetting.
 *
 * <p><b>Only while the rule is in force:</b> an instance starts only while an implementing instrument puts
 * {@link EoRule#RECURRENT_VETTING} in force: by the daily check ({@link VettingStarter}) for every party without one
 * (which is how the parties recorded before the rule came into force are taken on, on its first day, and a party
 * recorded today is taken on tonight), and when a finding is recorded on a party that has none. Before, nothing
 * starts: the law as it was.
 *
 * <p><b>Who vets:</b> the vetting is a task in an office (engine tenant), offered to a group: officers
 * ({@code fpf-officer}) of the office of the party's latest case; without a case, officers of the office of the person
 * who recorded the party (their first office by code); a party recorded by nobody with an office (the system,
 * headquarters) is vetted by headquarters ({@code fpf-hq}) in the first office by code, since every task lives in an
 * office (our worklist and task API work only tasks of an office) and headquarters belongs to all of them. The office
 * is chosen when the party's instance starts and stays with it (an instance's tenant does not change).
 */
@Service
public class VettingService implements VettingSteps {

    private static final Logger log = LoggerFactory.getLogger(VettingService.class);

    private final PartyVettingRepository vettings;
    private final PartyService parties;
    private final PartyProcesses processes;
    private final ParameterSource parameters;
    private final EoRuleSource eoRules;
    private final OfficeCalendar calendar;
    private final OfficeMemberships memberships;
    private final OfficeRepository offices;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    VettingService(PartyVettingRepository vettings, PartyService parties, PartyProcesses processes,
                   ParameterSource parameters, EoRuleSource eoRules, OfficeCalendar calendar,
                   OfficeMemberships memberships, OfficeRepository offices, JdbcTemplate jdbc, AuditLog auditLog,
                   Clock clock) {
        this.vettings = vettings;
        this.parties = parties;
        this.processes = processes;
        this.parameters = parameters;
        this.eoRules = eoRules;
        this.calendar = calendar;
        this.memberships = memberships;
        this.offices = offices;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The office and group a party's vettings are offered to. */
    public record Assignment(String officeCode, String group) {
    }

    /** A vetting as lists and the API show it. */
    public record VettingView(long id, long partyId, String partyName, VettingTrigger trigger, LocalDate opened,
                              LocalDate due, String officeCode, String candidateGroup, String taskId, boolean overdue,
                              LocalDate completed, VettingOutcome outcome, String reason, String completedBy,
                              LocalDate nextVetting) {
    }

    // ------------------------------------------------------------------------------------------ starting

    /** Whether the rule is in force today (headquarters' date). */
    public boolean inForce(LocalDate on) {
        return eoRules.inForce(EoRule.RECURRENT_VETTING, on).isPresent();
    }

    /**
     * Starts the party's vetting if the rule is in force on {@code on} and the party has no running vetting instance;
     * true when one was started.
     */
    @Transactional
    public boolean startIfDue(long partyId, VettingTrigger trigger, LocalDate on) {
        return startIfDue(partyId, trigger, on, null);
    }

    /** As {@link #startIfDue(long, VettingTrigger, LocalDate)}, in the given office and group (null: the usual). */
    @Transactional
    public boolean startIfDue(long partyId, VettingTrigger trigger, LocalDate on, Assignment given) {
        if (!inForce(on)) {
            return false;
        }
        Party party = parties.get(partyId);
        if (party.getRoles().isEmpty()) {
            return false;
        }
        String key = RecurrentVettingProcess.businessKey(partyId);
        if (processes.running(RecurrentVettingProcess.KEY, key)) {
            return false;
        }
        Optional<Assignment> assignment = given != null ? Optional.of(given) : assignmentFor(partyId);
        if (assignment.isEmpty()) {
            log.warn("Party {} is not vetted yet: there is no office to vet it in", partyId);
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(RecurrentVettingProcess.VAR_PARTY_ID, partyId);
        variables.put(RecurrentVettingProcess.VAR_PARTY_NAME, party.getName());
        variables.put(RecurrentVettingProcess.VAR_VETTING_GROUP, assignment.get().group());
        variables.put(RecurrentVettingProcess.VAR_VETTING_TRIGGER, trigger.name());
        processes.start(RecurrentVettingProcess.KEY, key, assignment.get().officeCode(), variables);
        return true;
    }

    /**
     * A new finding on the party: vet it at once. The instance waiting for its next cycle opens a vetting now; a
     * vetting already open covers the finding (no second one); a party with no instance gets one (rule in force).
     */
    @Transactional
    public void newFinding(long partyId, long violationRecordId, LocalDate on) {
        if (!inForce(on)) {
            return;
        }
        String key = RecurrentVettingProcess.businessKey(partyId);
        if (processes.waitsFor(RecurrentVettingProcess.KEY, key, RecurrentVettingProcess.MESSAGE_NEW_FINDING)) {
            processes.deliver(RecurrentVettingProcess.KEY, key, RecurrentVettingProcess.MESSAGE_NEW_FINDING,
                    Map.of(RecurrentVettingProcess.VAR_VETTING_TRIGGER, VettingTrigger.NEW_FINDING.name()));
            return;
        }
        Optional<PartyVetting> open = vettings.findFirstByPartyIdAndCompletedAtIsNullOrderByIdDesc(partyId);
        if (open.isPresent()) {
            auditLog.entityEvent("PARTY", Long.toString(partyId), "VETTING_FINDING_NOTED", "Finding "
                    + violationRecordId + " recorded while vetting " + open.get().getId() + " is open; that vetting"
                    + " covers it", null);
            return;
        }
        startIfDue(partyId, VettingTrigger.NEW_FINDING, on);
    }

    /** Ends the party's recurrent vetting (it no longer conducts import activities); false when none waits. */
    @Transactional
    public boolean withdraw(long partyId, String reason) {
        String key = RecurrentVettingProcess.businessKey(partyId);
        if (!processes.waitsFor(RecurrentVettingProcess.KEY, key, RecurrentVettingProcess.MESSAGE_VETTING_WITHDRAWN)) {
            return false;
        }
        processes.deliver(RecurrentVettingProcess.KEY, key, RecurrentVettingProcess.MESSAGE_VETTING_WITHDRAWN, Map.of());
        auditLog.entityEvent("PARTY", Long.toString(partyId), "VETTING_WITHDRAWN", "Recurrent vetting ended", reason);
        return true;
    }

    /** Parties with a role and no running vetting instance, by id. */
    @Transactional(readOnly = true)
    public List<Long> partiesToTakeOn() {
        Set<String> running = processes.runningBusinessKeys(RecurrentVettingProcess.KEY);
        return jdbc.queryForList("SELECT DISTINCT party_id FROM party_role ORDER BY party_id", Long.class).stream()
                .filter(id -> !running.contains(RecurrentVettingProcess.businessKey(id))).toList();
    }

    /** Who vets the party: see the class comment. Empty when there is no office at all. */
    public Optional<Assignment> assignmentFor(long partyId) {
        List<String> caseOffice = jdbc.queryForList("SELECT office_code FROM case_file WHERE party_id = ?"
                + " ORDER BY opened_at DESC, id DESC", String.class, partyId);
        if (!caseOffice.isEmpty()) {
            return Optional.of(new Assignment(caseOffice.get(0), Roles.OFFICER));
        }
        List<String> recorder = jdbc.queryForList("SELECT created_by FROM party WHERE id = ?", String.class, partyId);
        if (!recorder.isEmpty() && recorder.get(0) != null && !CurrentUser.SYSTEM.equals(recorder.get(0))) {
            Set<String> own = new TreeSet<>(memberships.officesOf(recorder.get(0)));
            Set<String> all = new TreeSet<>();
            offices.findAll().forEach(o -> all.add(o.getCode()));
            // headquarters belongs to every office: that is no office of its own
            if (!own.isEmpty() && !own.equals(all)) {
                return Optional.of(new Assignment(own.iterator().next(), Roles.OFFICER));
            }
        }
        return offices.findAll().stream().map(o -> o.getCode()).sorted().findFirst()
                .map(code -> new Assignment(code, Roles.HQ));
    }

    // ------------------------------------------------------------------------------------------ the model's steps

    @Override
    @Transactional
    public Opened open(long partyId, VettingTrigger trigger, String officeCode, String group, String processInstanceId) {
        Party party = parties.get(partyId);
        LocalDate today = calendar.today(officeCode);
        int dueDays = parameters.valueOn(ParameterNames.VETTING_DUE, today).asInt();
        LocalDate due = today.plusDays(dueDays);
        PartyVetting vetting = vettings.save(new PartyVetting(partyId, trigger, officeCode, group, processInstanceId,
                clock.instant(), today, due));
        auditLog.entityEventBy(CurrentUser.SYSTEM, "PARTY", Long.toString(partyId), "VETTING_OPENED",
                "Vetting " + vetting.getId() + " of " + party.getName() + " opened (" + trigger + ") in office "
                        + officeCode + " for " + group + ", due " + due + " (vetting.due " + dueDays + " days, "
                        + EoRule.RECURRENT_VETTING.citation() + ")", null);
        return new Opened(vetting.getId(), calendar.dayBegins(due, officeCode));
    }

    @Override
    @Transactional
    public void taskOpened(long vettingId, String taskId) {
        vetting(vettingId).taskOpened(taskId);
    }

    @Override
    @Transactional
    public Date complete(long vettingId, Object outcomeValue, Object reasonValue, String completedBy) {
        VettingOutcome outcome = VettingOutcome.parse(outcomeValue);
        if (outcome == null) {
            throw new Problems.InvalidInput("vettingOutcome: one of CLEARED, REFER (refer for enforcement) or SUSPEND"
                    + " (recommend suspension of import activities).");
        }
        String reason = reasonValue == null ? "" : reasonValue.toString().strip();
        if (reason.isEmpty()) {
            throw new Problems.InvalidInput("vettingReason: say why you concluded " + outcome + ".");
        }
        if (reason.length() > 1000) {
            throw new Problems.InvalidInput("vettingReason: at most 1000 characters.");
        }
        PartyVetting vetting = vetting(vettingId);
        if (!vetting.isOpen()) {
            throw new Problems.Conflict("Vetting " + vettingId + " was already completed.");
        }
        LocalDate today = calendar.today(vetting.getOfficeCode());
        int months = parameters.valueOn(ParameterNames.VETTING_CYCLE, today).asInt();
        LocalDate next = today.plusMonths(months);
        String by = completedBy == null ? CurrentUser.SYSTEM : completedBy;
        vetting.complete(outcome, reason, by, clock.instant(), today, next);
        vettings.save(vetting);
        auditLog.entityEventBy(by, "PARTY", Long.toString(vetting.getPartyId()), "VETTING_COMPLETED",
                "Vetting " + vettingId + " (" + vetting.getTrigger() + ") concluded " + outcome + "; next vetting "
                        + next + " (vetting.cycle " + months + " months, " + EoRule.RECURRENT_VETTING.citation() + ")",
                reason);
        return calendar.dayBegins(next, vetting.getOfficeCode());
    }

    private PartyVetting vetting(long id) {
        return vettings.findById(id).orElseThrow(() -> new IllegalStateException("No vetting " + id));
    }

    // ------------------------------------------------------------------------------------------ lists

    /** Open vettings due on or before the date, in the given offices, earliest first. */
    @Transactional(readOnly = true)
    public List<VettingView> dueBy(LocalDate date, Collection<String> officeCodes) {
        if (officeCodes.isEmpty()) {
            return List.of();
        }
        return vettings.openDueBy(date, officeCodes).stream().map(this::view).toList();
    }

    /** Open vettings past their last day in the given offices (each office's own date), earliest first. */
    @Transactional(readOnly = true)
    public List<VettingView> overdue(Collection<String> officeCodes) {
        LocalDate latest = BusinessDay.today(clock).plusDays(1);
        return dueBy(latest, officeCodes).stream().filter(VettingView::overdue).toList();
    }

    /** The party's vettings, newest first; 404 for an unknown party. */
    @Transactional(readOnly = true)
    public List<VettingView> history(long partyId) {
        parties.get(partyId);
        return vettings.findByPartyIdOrderByOpenedAtDescIdDesc(partyId).stream().map(this::view).toList();
    }

    private VettingView view(PartyVetting v) {
        String name = parties.get(v.getPartyId()).getName();
        return new VettingView(v.getId(), v.getPartyId(), name, v.getTrigger(), v.getOpenedOn(), v.getDueOn(),
                v.getOfficeCode(), v.getCandidateGroup(), v.isOpen() ? v.getTaskId() : null,
                v.isOverdueOn(calendar.today(v.getOfficeCode())), v.getCompletedOn(), v.getOutcome(), v.getReason(),
                v.getCompletedBy(), v.getNextVettingOn());
    }
}
