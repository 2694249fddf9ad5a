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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A party's request to keep data confidential (EO 14411 Sec. 6): what ({@link ConfidentialityScope}), why, until when,
 * and where it stands. Changes only through {@link ConfidentialityService}; versioned, so two people deciding at
 * once get a 409 rather than a lost decision.
 */
@Entity
@Table(name = "confidentiality_request")
public class ConfidentialityRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    /** the office that recorded it: its supervisors review it (the engine tenant of its review process) */
    @Column(name = "office_code", nullable = false, length = 16)
    private String officeCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "scope", nullable = false, length = 40)
    private ConfidentialityScope scope;

    @Column(name = "scope_description", length = 500)
    private String scopeDescription;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "requested_until")
    private LocalDate requestedUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private ConfidentialityStatus status;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    /** the last day of the grant; null for a grant made while the Sec. 6 review rule was not in force (open-ended) */
    @Column(name = "granted_until")
    private LocalDate grantedUntil;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    /** whether the grant is under periodic review and expiry (EoRule.CONFIDENTIALITY_REVIEW in force at the grant) */
    @Column(name = "periodic_review", nullable = false)
    private boolean periodicReview;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConfidentialityRequest() {
    }

    ConfidentialityRequest(long partyId, String officeCode, ConfidentialityScope scope, String scopeDescription,
                           String reason, LocalDate receivedOn, LocalDate requestedUntil, boolean demo,
                           String recordedBy, Instant recordedAt) {
        this.partyId = partyId;
        this.officeCode = officeCode;
        this.scope = scope;
        this.scopeDescription = scopeDescription;
        this.reason = reason;
        this.receivedOn = receivedOn;
        this.requestedUntil = requestedUntil;
        this.status = ConfidentialityStatus.REQUESTED;
        this.demo = demo;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void grant(LocalDate on, LocalDate until, LocalDate nextReview, boolean periodicReview) {
        this.status = ConfidentialityStatus.GRANTED;
        this.grantedOn = on;
        this.grantedUntil = until;
        this.nextReviewOn = nextReview;
        this.periodicReview = periodicReview;
    }

    void extend(LocalDate until, LocalDate nextReview) {
        this.grantedUntil = until;
        this.nextReviewOn = nextReview;
    }

    void close(ConfidentialityStatus closed) {
        this.status = closed;
        this.nextReviewOn = null;
    }

    /** A grant that ends early on a periodic review: it is over from that day. */
    void endOn(LocalDate lastDay) {
        this.grantedUntil = lastDay;
        close(ConfidentialityStatus.EXPIRED);
    }

    public String businessKey() {
        return ConfidentialityReviewProcess.businessKey(id);
    }

    public Long getId() {
        return id;
    }

    public long getPartyId() {
        return partyId;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public ConfidentialityScope getScope() {
        return scope;
    }

    public String getScopeDescription() {
        return scopeDescription;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getRequestedUntil() {
        return requestedUntil;
    }

    public ConfidentialityStatus getStatus() {
        return status;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public LocalDate getGrantedUntil() {
        return grantedUntil;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public boolean isPeriodicReview() {
        return periodicReview;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
