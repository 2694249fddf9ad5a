package gov.fpf.mitigation;

import java.math.BigDecimal;
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

/**
 * A petition for relief (19 U.S.C. 1618; 19 CFR 171/172), original or supplemental, and the decision on it:
 * who proposed what, the EO 14411 exception if any and who approved it.
 */
@Entity
@Table(name = "petition")
public class Petition {

    /**
     * LATE_PENDING: filed after its period, recorded, waiting for the officer's decision to accept or refuse it
     * (171.2); LATE_REFUSED: refused as late, with the recorded reason. An accepted late petition is RECEIVED.
     */
    public enum Status { RECEIVED, PROPOSED, DECIDED, LATE_PENDING, LATE_REFUSED }

    public enum Outcome { CANCEL, MITIGATE, DENY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "filed_date", nullable = false)
    private LocalDate filedDate;

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column(name = "supplemental", nullable = false)
    private boolean supplemental;

    /** PETITIONER (penalties, seizures), PRINCIPAL or SURETY (liquidated damages) */
    @Column(name = "filed_by", nullable = false, length = 16)
    private String filedBy;

    @Column(name = "requested_amount", precision = 15, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "grounds", nullable = false, length = 4000)
    private String grounds;

    @Column(name = "timely", nullable = false)
    private boolean timely;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 24)
    private Status status;

    @Column(name = "deciding_authority", length = 32)
    private String decidingAuthority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 16)
    private Outcome outcome;

    @Column(name = "proposed_amount", precision = 15, scale = 2)
    private BigDecimal proposedAmount;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "mitigating_factors", length = 2000)
    private String mitigatingFactors;

    @Column(name = "aggravating_factors", length = 2000)
    private String aggravatingFactors;

    @Column(name = "findings", length = 4000)
    private String findings;

    @Column(name = "national_security_exception", nullable = false)
    private boolean nationalSecurityException;

    @Column(name = "exception_justification", length = 2000)
    private String exceptionJustification;

    @Column(name = "exception_approved_by", length = 64)
    private String exceptionApprovedBy;

    @Column(name = "decided_amount", precision = 15, scale = 2)
    private BigDecimal decidedAmount;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Petition() {
    }

    Petition(Long caseId, LocalDate filedDate, LocalDate receivedDate, boolean supplemental, String filedBy,
             BigDecimal requestedAmount, String grounds, boolean timely, Instant createdAt, String createdBy) {
        this.caseId = caseId;
        this.filedDate = filedDate;
        this.receivedDate = receivedDate;
        this.supplemental = supplemental;
        this.filedBy = filedBy;
        this.requestedAmount = requestedAmount;
        this.grounds = grounds;
        this.timely = timely;
        this.status = Status.RECEIVED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Column(name = "late_decided_by", length = 64)
    private String lateDecidedBy;

    @Column(name = "late_decided_at")
    private Instant lateDecidedAt;

    @Column(name = "late_decision_reason", length = 2000)
    private String lateDecisionReason;

    void awaitLateDecision() {
        this.status = Status.LATE_PENDING;
    }

    void decideLate(boolean accepted, String by, String reason, Instant at) {
        this.lateDecidedBy = by;
        this.lateDecisionReason = reason;
        this.lateDecidedAt = at;
        this.status = accepted ? Status.RECEIVED : Status.LATE_REFUSED;
    }

    public String getLateDecidedBy() { return lateDecidedBy; }
    public Instant getLateDecidedAt() { return lateDecidedAt; }
    public String getLateDecisionReason() { return lateDecisionReason; }

    void route(String authority) {
        this.decidingAuthority = authority;
    }

    void propose(Outcome outcome, BigDecimal amount, String proposer, String mitigating, String aggravating, String findings,
                 boolean exception, String justification) {
        this.outcome = outcome;
        this.proposedAmount = amount;
        this.proposedBy = proposer;
        this.mitigatingFactors = mitigating;
        this.aggravatingFactors = aggravating;
        this.findings = findings;
        this.nationalSecurityException = exception;
        this.exceptionJustification = justification;
        this.exceptionApprovedBy = null;
        this.status = Status.PROPOSED;
    }

    void approveException(String approver) {
        this.exceptionApprovedBy = approver;
    }

    void decide(BigDecimal amount, Instant at) {
        this.decidedAmount = amount;
        this.decidedAt = at;
        this.status = Status.DECIDED;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public LocalDate getFiledDate() { return filedDate; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public boolean isSupplemental() { return supplemental; }
    public String getFiledBy() { return filedBy; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public String getGrounds() { return grounds; }
    public boolean isTimely() { return timely; }
    public Status getStatus() { return status; }
    public String getDecidingAuthority() { return decidingAuthority; }
    public Outcome getOutcome() { return outcome; }
    public BigDecimal getProposedAmount() { return proposedAmount; }
    public String getProposedBy() { return proposedBy; }
    public String getMitigatingFactors() { return mitigatingFactors; }
    public String getAggravatingFactors() { return aggravatingFactors; }
    public String getFindings() { return findings; }
    public boolean isNationalSecurityException() { return nationalSecurityException; }
    public String getExceptionJustification() { return exceptionJustification; }
    public String getExceptionApprovedBy() { return exceptionApprovedBy; }
    public BigDecimal getDecidedAmount() { return decidedAmount; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
