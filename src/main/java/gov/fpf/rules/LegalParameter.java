package gov.fpf.rules;

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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One value of a legal parameter from its effective date on. Rows are never edited; a change is a new row. */
@Entity
@Immutable
@Table(name = "legal_parameter")
public class LegalParameter {

    public enum Unit { DAYS, WORKING_DAYS, MONTHS, YEARS, USD, SHARE, COUNT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    /** null when the law's value is not known yet (a placeholder row says so in its note) */
    @Column(name = "param_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "unit", nullable = false, length = 16)
    private Unit unit;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "citation", nullable = false, length = 200)
    private String citation;

    /** the law reference's tag: V verified, S secondary source, R recalled, EO the order */
    @Column(name = "confidence", nullable = false, length = 8)
    private String confidence;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected LegalParameter() {
    }

    LegalParameter(String name, BigDecimal value, Unit unit, LocalDate effectiveFrom, String citation, String confidence,
                   String note, Instant createdAt, String createdBy) {
        this.name = name;
        this.value = value;
        this.unit = unit;
        this.effectiveFrom = effectiveFrom;
        this.citation = citation;
        this.confidence = confidence;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getCitation() {
        return citation;
    }

    public String getConfidence() {
        return confidence;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
