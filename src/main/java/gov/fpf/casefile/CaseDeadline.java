package gov.fpf.casefile;

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

/** A legal deadline of a case, with the date it runs from and the rule it comes from. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "trigger_date")
    private LocalDate triggerDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "citation", nullable = false, length = 200)
    private String citation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeadlineStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseDeadline() {
    }

    CaseDeadline(Long caseId, String name, LocalDate triggerDate, LocalDate dueDate, String citation, Instant createdAt) {
        this.caseId = caseId;
        this.name = name;
        this.triggerDate = triggerDate;
        this.dueDate = dueDate;
        this.citation = citation;
        this.status = DeadlineStatus.OPEN;
        this.createdAt = createdAt;
    }

    void close(DeadlineStatus newStatus) {
        this.status = newStatus;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getTriggerDate() {
        return triggerDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getCitation() {
        return citation;
    }

    /** The status as it is stored and shown (the {@link DeadlineStatus} name). */
    public String getStatus() {
        return status.name();
    }

    public boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }
}
