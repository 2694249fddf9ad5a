package gov.fpf.bond;

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

/** A customs bond (CBP Form 301): principal, surety, type, activity and amount. */
@Entity
@Table(name = "bond")
public class Bond {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bond_number", length = 32, unique = true)
    private String bondNumber;

    @Column(name = "principal_party_id", nullable = false)
    private Long principalPartyId;

    @Column(name = "surety_name", nullable = false, length = 200)
    private String suretyName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "bond_type", nullable = false, length = 24)
    private BondType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity", nullable = false, length = 40)
    private BondActivity activity;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** CBP's permission for a foreign IOR to rely on a continuous bond (EO 14411 Sec. 2(c)(i)(1)) */
    @Column(name = "foreign_continuous_permitted", nullable = false)
    private boolean foreignContinuousPermitted;

    @Column(name = "permit_reference", length = 200)
    private String permitReference;

    /** EO 14411 Sec. 2(c)(i)(1): a note on a foreign IOR's continuous bond recorded without refusal */
    @Column(name = "eo_note", length = 500)
    private String eoNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Bond() {
    }

    Bond(String bondNumber, Long principalPartyId, String suretyName, BondType type, BondActivity activity,
         BigDecimal amount, LocalDate effectiveDate, boolean foreignContinuousPermitted, String permitReference,
         Instant createdAt, String createdBy) {
        this.bondNumber = bondNumber;
        this.principalPartyId = principalPartyId;
        this.suretyName = suretyName;
        this.type = type;
        this.activity = activity;
        this.amount = amount;
        this.effectiveDate = effectiveDate;
        this.foreignContinuousPermitted = foreignContinuousPermitted;
        this.permitReference = permitReference;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getBondNumber() {
        return bondNumber;
    }

    public Long getPrincipalPartyId() {
        return principalPartyId;
    }

    public String getSuretyName() {
        return suretyName;
    }

    public BondType getType() {
        return type;
    }

    public BondActivity getActivity() {
        return activity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public boolean isForeignContinuousPermitted() {
        return foreignContinuousPermitted;
    }

    public String getPermitReference() {
        return permitReference;
    }

    public String getEoNote() {
        return eoNote;
    }

    void eoNote(String note) {
        this.eoNote = note == null || note.length() <= 500 ? note : note.substring(0, 497) + "...";
    }

    public long getVersion() {
        return version;
    }
}
