package gov.fpf.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Who did what, when and why. Append-only: Hibernate never updates it and the repository cannot delete. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 32)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(name = "event", nullable = false, length = 64)
    private String event;

    @Column(name = "reason", length = 4000)
    private String reason;

    @Column(name = "detail", length = 4000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String entityType, String entityId, String caseNumber, String event,
               String reason, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.caseNumber = caseNumber;
        this.event = event;
        this.reason = reason;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getEvent() {
        return event;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
