package gov.fpf.risktier;

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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An audit of an importer of record and its result, as recorded; never edited (a correction is a new record). */
@Entity
@Immutable
@Table(name = "party_audit_result")
public class IorAuditResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", nullable = false)
    private Long partyId;

    @Column(name = "audit_date", nullable = false)
    private LocalDate auditDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 32)
    private IorAuditKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "result", nullable = false, length = 16)
    private IorAuditOutcome result;

    @Column(name = "reference", nullable = false, length = 60)
    private String reference;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected IorAuditResult() {
    }

    IorAuditResult(Long partyId, LocalDate auditDate, IorAuditKind kind, IorAuditOutcome result, String reference,
                   String note, Instant recordedAt, String recordedBy) {
        this.partyId = partyId;
        this.auditDate = auditDate;
        this.kind = kind;
        this.result = result;
        this.reference = reference;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public Long getPartyId() { return partyId; }
    public LocalDate getAuditDate() { return auditDate; }
    public IorAuditKind getKind() { return kind; }
    public IorAuditOutcome getResult() { return result; }
    public String getReference() { return reference; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
