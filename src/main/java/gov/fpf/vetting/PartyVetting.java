package gov.fpf.vetting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One vetting of a party (EO 14411 Sec. 2(f)): opened by its process, completed with an outcome and a reason. */
@Entity
@Table(name = "party_vetting")
public class PartyVetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "vetting_trigger", nullable = false, length = 16)
    private VettingTrigger trigger;

    @Column(name = "office_code", nullable = false, length = 16)
    private String officeCode;

    @Column(name = "candidate_group", nullable = false, length = 64)
    private String candidateGroup;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 16)
    private VettingOutcome outcome;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    @Column(name = "next_vetting_on")
    private LocalDate nextVettingOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PartyVetting() {
    }

    PartyVetting(long partyId, VettingTrigger trigger, String officeCode, String candidateGroup,
                 String processInstanceId, Instant openedAt, LocalDate openedOn, LocalDate dueOn) {
        this.partyId = partyId;
        this.trigger = trigger;
        this.officeCode = officeCode;
        this.candidateGroup = candidateGroup;
        this.processInstanceId = processInstanceId;
        this.openedAt = openedAt;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
    }

    /** the embedded demo's vetting opened in the past (never in production) */
    void backdate(LocalDate openedOn, LocalDate dueOn, Instant openedAt) {
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.openedAt = openedAt;
    }

    void taskOpened(String taskId) {
        this.taskId = taskId;
    }

    void complete(VettingOutcome outcome, String reason, String by, Instant at, LocalDate on, LocalDate next) {
        this.outcome = outcome;
        this.reason = reason;
        this.completedBy = by;
        this.completedAt = at;
        this.completedOn = on;
        this.nextVettingOn = next;
    }

    public Long getId() {
        return id;
    }

    public long getPartyId() {
        return partyId;
    }

    public VettingTrigger getTrigger() {
        return trigger;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public VettingOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public LocalDate getNextVettingOn() {
        return nextVettingOn;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    /** open and past its last day on {@code today} */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
