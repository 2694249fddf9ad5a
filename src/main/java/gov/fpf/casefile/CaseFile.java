package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.Instant;

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

/** The core of every case: number, family, office, party, money and status. Families add their own tables. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "family", nullable = false, length = 24)
    private CaseFamily family;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 32)
    private CaseStatus status;

    @Column(name = "office_code", nullable = false, length = 16)
    private String officeCode;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "maximum_amount", precision = 15, scale = 2)
    private BigDecimal maximumAmount;

    @Column(name = "assessed_amount", precision = 15, scale = 2)
    private BigDecimal assessedAmount;

    @Column(name = "floor_amount", precision = 15, scale = 2)
    private BigDecimal floorAmount;

    @Column(name = "decided_amount", precision = 15, scale = 2)
    private BigDecimal decidedAmount;

    @Column(name = "paid_amount", precision = 15, scale = 2)
    private BigDecimal paidAmount;

    /** demo cases are seeded by the embedded default run and marked as such everywhere they are shown */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** EO 14411 Sec. 4(b): the enforcement priority set at intake; null when the case is none of them */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "enforcement_priority", length = 24)
    private EnforcementPriority enforcementPriority;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseFile() {
    }

    CaseFile(String caseNumber, CaseFamily family, String officeCode, Long partyId, boolean demo,
             Instant openedAt, String openedBy) {
        this.caseNumber = caseNumber;
        this.family = family;
        this.officeCode = officeCode;
        this.partyId = partyId;
        this.demo = demo;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.status = CaseStatus.OPEN;
    }

    void changeStatus(CaseStatus newStatus, Instant at) {
        this.status = newStatus;
        this.closedAt = newStatus == CaseStatus.CLOSED ? at : null;
    }

    void setMaximumAmount(BigDecimal maximumAmount) {
        this.maximumAmount = maximumAmount;
    }

    void setAssessedAmount(BigDecimal assessedAmount) {
        this.assessedAmount = assessedAmount;
    }

    void setFloorAmount(BigDecimal floorAmount) {
        this.floorAmount = floorAmount;
    }

    void setDecidedAmount(BigDecimal decidedAmount) {
        this.decidedAmount = decidedAmount;
    }

    void setEnforcementPriority(EnforcementPriority enforcementPriority) {
        this.enforcementPriority = enforcementPriority;
    }

    public EnforcementPriority getEnforcementPriority() {
        return enforcementPriority;
    }

    void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseFamily getFamily() {
        return family;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public Long getPartyId() {
        return partyId;
    }

    public BigDecimal getMaximumAmount() {
        return maximumAmount;
    }

    public BigDecimal getAssessedAmount() {
        return assessedAmount;
    }

    public BigDecimal getFloorAmount() {
        return floorAmount;
    }

    public BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
