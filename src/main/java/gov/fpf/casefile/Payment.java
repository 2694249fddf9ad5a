package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Money received on a case, recorded as whose it is (the violator, a principal or a surety). */
@Entity
@Immutable
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_date", nullable = false)
    private LocalDate paidDate;

    @Column(name = "paid_by", nullable = false, length = 16)
    private String paidBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** what the money pays where a family keeps more than one debt (a penalty's 1592(d) loss of revenue); else null */
    @Column(name = "applied_to", length = 24)
    private String appliedTo;

    protected Payment() {
    }

    Payment(Long caseId, BigDecimal amount, LocalDate paidDate, String paidBy, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.amount = amount;
        this.paidDate = paidDate;
        this.paidBy = paidBy;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Payment(Long caseId, BigDecimal amount, LocalDate paidDate, String paidBy, Instant recordedAt, String recordedBy,
            String appliedTo) {
        this(caseId, amount, paidDate, paidBy, recordedAt, recordedBy);
        this.appliedTo = appliedTo;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public String getAppliedTo() {
        return appliedTo;
    }
}
