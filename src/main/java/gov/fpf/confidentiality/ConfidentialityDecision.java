package gov.fpf.confidentiality;

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

/** One decision on a confidentiality request (append-only). */
@Entity
@Table(name = "confidentiality_decision")
public class ConfidentialityDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 16)
    private ConfidentialityDecisionKind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "until_date")
    private LocalDate untilDate;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ConfidentialityDecision() {
    }

    ConfidentialityDecision(long requestId, ConfidentialityDecisionKind kind, LocalDate effectiveOn, LocalDate untilDate,
                            String reason, String decidedBy, Instant decidedAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.untilDate = untilDate;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public ConfidentialityDecisionKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
