package gov.fpf.liquidateddamages;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A principal's or surety's request for more time to petition (19 CFR 172.3(c)), and the officer's decision. */
@Entity
@Table(name = "ld_extension_request")
public class LdExtensionRequest {

    public enum Status { PENDING, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "requested_by", nullable = false, length = 16)
    private String requestedBy;

    @Column(name = "request_date", nullable = false)
    private LocalDate requestDate;

    @Column(name = "requested_until", nullable = false)
    private LocalDate requestedUntil;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "granted_until")
    private LocalDate grantedUntil;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected LdExtensionRequest() {
    }

    LdExtensionRequest(Long caseId, String requestedBy, LocalDate requestDate, LocalDate requestedUntil, String reason,
                       Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.requestedBy = requestedBy;
        this.requestDate = requestDate;
        this.requestedUntil = requestedUntil;
        this.reason = reason;
        this.status = Status.PENDING;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void decide(boolean granted, LocalDate until, String by, String note) {
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.grantedUntil = granted ? until : null;
        this.decidedBy = by;
        this.decisionNote = note;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDate getRequestDate() { return requestDate; }
    public LocalDate getRequestedUntil() { return requestedUntil; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public LocalDate getGrantedUntil() { return grantedUntil; }
}
