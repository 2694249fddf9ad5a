package gov.fpf.worklist;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseDeadlineRepository;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileChanged;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRepository;
import gov.fpf.party.PartyStatusChanged;
import gov.fpf.process.engine.TaskReadModel;

/**
 * Writes the worklist read model (tables worklist_entry and worklist_entry_group): from the engine's task changes,
 * which the engine-side hook reports inside the engine's transaction, and from case file changes, which are applied
 * once per transaction just before it commits, after the last of them.
 *
 * <p>Case columns are read through JPA, not SQL: inside the transaction the managed case file already holds changes
 * that are not flushed yet. Nothing here calls the engine.
 */
@Component
class WorklistProjection implements TaskReadModel {

    /** due_sort of a task without a deadline: after every real date, so an index gives "nulls last" */
    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    private final JdbcTemplate jdbc;
    private final CaseFileRepository cases;
    private final CaseDeadlineRepository deadlines;
    private final PartyRepository parties;
    private final OfficeCalendar calendar;

    WorklistProjection(JdbcTemplate jdbc, CaseFileRepository cases, CaseDeadlineRepository deadlines,
                       PartyRepository parties, OfficeCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.parties = parties;
    }

    /** What the worklist copies from a case file and its party. */
    record CaseColumns(String family, String partyName, BigDecimal amountAtStake, String status, LocalDate deadlineDate,
                       String deadlineName, boolean demo, String priority, Long partyId, Boolean partyGoodStanding,
                       String partyRiskTier) {
        static final CaseColumns NONE = new CaseColumns(null, null, null, null, null, null, false, null, null, null, null);

        int sortRank() {
            return WorklistRanks.rank(priority, partyRiskTier);
        }
    }

    // ---- engine task changes ------------------------------------------------------------------------------------

    @Override
    public void taskOpened(OpenTaskSnapshot task) {
        insert(task, caseColumns(task.caseNumber()));
    }

    @Override
    public void taskChanged(OpenTaskSnapshot task) {
        List<Stored> current = jdbc.query(
                "SELECT case_deadline_date, case_deadline_name, due_sort FROM worklist_entry WHERE task_id = ?",
                (rs, i) -> new Stored(localDate(rs.getDate("case_deadline_date")), rs.getString("case_deadline_name"),
                        localDate(rs.getDate("due_sort"))), task.id());
        if (current.isEmpty()) {
            // a task older than the read model: take it in whole
            insert(task, caseColumns(task.caseNumber()));
            return;
        }
        Due due = Due.of(task.dueDate(), calendar.zone(task.officeCode()), current.get(0).caseDeadline(),
                current.get(0).caseDeadlineName());
        jdbc.update("UPDATE worklist_entry SET task_definition_key = ?, task_name = ?, assignee = ?, task_due_at = ?,"
                        + " due_date = ?, due_name = ?, due_sort = ?, office_code = ? WHERE task_id = ?",
                task.taskDefinitionKey(), task.name(), task.assignee(), timestamp(task.dueDate()), date(due.date()),
                due.name(), date(due.sort()), task.officeCode(), task.id());
        if (!due.sort().equals(current.get(0).dueSort())) {
            jdbc.update("UPDATE worklist_entry_group SET due_sort = ?, office_code = ? WHERE task_id = ?",
                    date(due.sort()), task.officeCode(), task.id());
        }
    }

    @Override
    public void taskClosed(String taskId) {
        jdbc.update("DELETE FROM worklist_entry_group WHERE task_id = ?", taskId);
        jdbc.update("DELETE FROM worklist_entry WHERE task_id = ?", taskId);
    }

    @Override
    public void candidateGroupAdded(String taskId, String groupId) {
        jdbc.update("INSERT INTO worklist_entry_group (task_id, group_id, office_code, family, due_sort, sort_rank)"
                + " SELECT e.task_id, ?, e.office_code, e.family, e.due_sort, e.sort_rank FROM worklist_entry e"
                + " WHERE e.task_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM worklist_entry_group g WHERE g.task_id = e.task_id AND g.group_id = ?)",
                groupId, taskId, groupId);
    }

    @Override
    public void candidateGroupRemoved(String taskId, String groupId) {
        jdbc.update("DELETE FROM worklist_entry_group WHERE task_id = ? AND group_id = ?", taskId, groupId);
    }

    /** Writes the task's rows anew, whatever the read model held for it (rebuilding). */
    void replace(OpenTaskSnapshot task) {
        taskClosed(task.id());
        insert(task, caseColumns(task.caseNumber()));
    }

    private void insert(OpenTaskSnapshot task, CaseColumns c) {
        Due due = Due.of(task.dueDate(), calendar.zone(task.officeCode()), c.deadlineDate(), c.deadlineName());
        jdbc.update("INSERT INTO worklist_entry (task_id, process_instance_id, case_number, office_code, family,"
                        + " party_name, amount_at_stake, case_status, case_deadline_date, case_deadline_name, demo,"
                        + " task_definition_key, task_name, assignee, task_due_at, due_date, due_name, due_sort, created_at,"
                        + " priority, party_id, party_good_standing, party_risk_tier, sort_rank)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                task.id(), task.processInstanceId(), task.caseNumber(), task.officeCode(), c.family(), c.partyName(),
                c.amountAtStake(), c.status(), date(c.deadlineDate()), c.deadlineName(), c.demo(),
                task.taskDefinitionKey(), task.name(), task.assignee(), timestamp(task.dueDate()), date(due.date()),
                due.name(), date(due.sort()), timestamp(task.created() == null ? Instant.now() : task.created()),
                c.priority(), c.partyId(), c.partyGoodStanding(), c.partyRiskTier(), c.sortRank());
        if (!task.candidateGroups().isEmpty()) {
            List<Object[]> groups = new ArrayList<>();
            for (String group : task.candidateGroups()) {
                groups.add(new Object[] {task.id(), group, task.officeCode(), c.family(), date(due.sort()), c.sortRank()});
            }
            jdbc.batchUpdate("INSERT INTO worklist_entry_group (task_id, group_id, office_code, family, due_sort, sort_rank)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", groups);
        }
    }

    // ---- case file changes --------------------------------------------------------------------------------------

    /**
     * Notes the changed case for this transaction; its rows are refreshed once, just before the commit, so that a
     * case opened with its amounts, deadlines and status in one transaction costs one refresh, not one per change.
     */
    @EventListener
    public void caseFileChanged(CaseFileChanged event) {
        CaseFile caseFile = event.caseFile();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refreshCase(caseFile);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, CaseFile> pending = (Map<String, CaseFile>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, CaseFile> changed = new LinkedHashMap<>();
            pending = changed;
            TransactionSynchronizationManager.bindResource(this, changed);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    changed.values().forEach(WorklistProjection.this::refreshCase);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WorklistProjection.this);
                }
            });
        }
        pending.put(caseFile.getCaseNumber(), caseFile);
    }

    /** Copies the case's current columns onto the rows of its open tasks (none: nothing to do). */
    void refreshCase(CaseFile caseFile) {
        List<Map.Entry<String, Instant>> rows = jdbc.query(
                "SELECT task_id, task_due_at FROM worklist_entry WHERE case_number = ?",
                (rs, i) -> {
                    Timestamp taskDue = rs.getTimestamp("task_due_at");
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(rs.getString("task_id"),
                            taskDue == null ? null : taskDue.toInstant());
                }, caseFile.getCaseNumber());
        if (rows.isEmpty()) {
            return;
        }
        CaseColumns c = columns(caseFile);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        for (Map.Entry<String, Instant> row : rows) {
            Due due = Due.of(row.getValue(), calendar.zone(caseFile.getOfficeCode()), c.deadlineDate(), c.deadlineName());
            String taskId = row.getKey();
            entries.add(new Object[] {c.family(), c.partyName(), c.amountAtStake(), c.status(), date(c.deadlineDate()),
                    c.deadlineName(), c.demo(), date(due.date()), due.name(), date(due.sort()), c.priority(), c.partyId(),
                    c.partyGoodStanding(), c.partyRiskTier(), c.sortRank(), taskId});
            groups.add(new Object[] {c.family(), date(due.sort()), c.sortRank(), taskId});
        }
        jdbc.batchUpdate("UPDATE worklist_entry SET family = ?, party_name = ?, amount_at_stake = ?, case_status = ?,"
                + " case_deadline_date = ?, case_deadline_name = ?, demo = ?, due_date = ?, due_name = ?, due_sort = ?,"
                + " priority = ?, party_id = ?, party_good_standing = ?, party_risk_tier = ?, sort_rank = ?"
                + " WHERE task_id = ?", entries);
        jdbc.batchUpdate("UPDATE worklist_entry_group SET family = ?, due_sort = ?, sort_rank = ? WHERE task_id = ?",
                groups);
    }

    // ---- party changes --------------------------------------------------------------------------------------------

    /**
     * A party's derived standing or risk tier changed: its rows show the new flag and tier and move to their new rank
     * (a HIGH tier sorts its cases before the rest while the priorities rule is in force). Read through JPA, so an
     * unflushed change of this transaction is seen.
     */
    @EventListener
    public void partyStatusChanged(PartyStatusChanged event) {
        refreshParty(event.partyId());
    }

    /**
     * The party's standing and tier as its row holds them now. Read by SQL, not through the entity: the standing and
     * the tier are derived answers written by SQL (without the party's version), which a loaded entity does not see.
     */
    private PartyStatus partyStatus(long partyId) {
        return jdbc.query("SELECT good_standing, risk_tier FROM party WHERE id = ?", rs -> rs.next()
                ? new PartyStatus(rs.getBoolean(1), rs.getString(2)) : null, partyId);
    }

    private record PartyStatus(boolean goodStanding, String riskTier) {
    }

    void refreshParty(long partyId) {
        PartyStatus status = partyStatus(partyId);
        if (status == null) {
            return;
        }
        String tier = status.riskTier();
        int highRank = WorklistRanks.rank(null, tier);
        // a priority case keeps rank 0 whatever its party's tier
        jdbc.update("UPDATE worklist_entry SET party_good_standing = ?, party_risk_tier = ?,"
                        + " sort_rank = CASE WHEN priority IS NOT NULL THEN " + WorklistRanks.PRIORITY + " ELSE ? END"
                        + " WHERE party_id = ?",
                status.goodStanding(), tier, highRank, partyId);
        jdbc.update("UPDATE worklist_entry_group SET sort_rank = ? WHERE task_id IN"
                + " (SELECT e.task_id FROM worklist_entry e WHERE e.party_id = ? AND e.priority IS NULL)",
                highRank, partyId);
    }

    private CaseColumns caseColumns(String caseNumber) {
        if (caseNumber == null) {
            return CaseColumns.NONE;
        }
        return cases.findByCaseNumber(caseNumber).map(this::columns).orElse(CaseColumns.NONE);
    }

    private CaseColumns columns(CaseFile c) {
        CaseDeadline next = deadlines.findByCaseIdOrderByDueDateAscIdAsc(c.getId()).stream()
                .filter(d -> d.isOpen())
                .findFirst().orElse(null);
        Party party = c.getPartyId() == null ? null : parties.findById(c.getPartyId()).orElse(null);
        PartyStatus status = party == null ? null : partyStatus(party.getId());
        BigDecimal atStake = c.getDecidedAmount() != null ? c.getDecidedAmount()
                : c.getAssessedAmount() != null ? c.getAssessedAmount() : c.getMaximumAmount();
        return new CaseColumns(c.getFamily().name(), party == null ? null : party.getName(), atStake,
                c.getStatus().name(), next == null ? null : next.getDueDate(), next == null ? null : next.getName(),
                c.isDemo(), c.getEnforcementPriority() == null ? null : c.getEnforcementPriority().name(),
                party == null ? null : party.getId(), status == null ? null : status.goodStanding(),
                status == null ? null : status.riskTier());
    }

    /** The deadline a row shows: the task's own due date, else the case's next open deadline. */
    record Due(LocalDate date, String name, LocalDate sort) {
        static Due of(Instant taskDue, ZoneId officeZone, LocalDate caseDeadline, String caseDeadlineName) {
            if (taskDue != null) {
                // the office's date of the moment the task is due (the models' due dates are office days, see
                // OfficeCalendar.dayBegins)
                LocalDate day = LocalDate.ofInstant(taskDue, officeZone);
                return new Due(day, null, day);
            }
            return new Due(caseDeadline, caseDeadline == null ? null : caseDeadlineName,
                    caseDeadline == null ? NO_DEADLINE : caseDeadline);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date value) {
        return value == null ? null : value.toLocalDate();
    }

    private record Stored(LocalDate caseDeadline, String caseDeadlineName, LocalDate dueSort) {
    }
}
