package gov.fpf.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A published act that implements EO 14411 (a Federal Register rule or notice, a CBP directive): from its effective
 * date on, the EO rules it names are in force. Recorded once, never changed.
 */
@Entity
@Immutable
@Table(name = "implementing_instrument")
public class ImplementingInstrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "citation", nullable = false, length = 100)
    private String citation;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "note", length = 1000)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "implementing_instrument_rule", joinColumns = @JoinColumn(name = "instrument_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, length = 40)
    private Set<EoRule> rules = EnumSet.noneOf(EoRule.class);

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ImplementingInstrument() {
    }

    ImplementingInstrument(String title, String citation, LocalDate effectiveDate, Set<EoRule> rules, String note,
                           Instant recordedAt, String recordedBy) {
        this.title = title;
        this.citation = citation;
        this.effectiveDate = effectiveDate;
        this.rules = EnumSet.copyOf(rules);
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getCitation() { return citation; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getNote() { return note; }
    public Set<EoRule> getRules() { return rules.isEmpty() ? EnumSet.noneOf(EoRule.class) : EnumSet.copyOf(rules); }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }

    /** a demonstration instrument of the embedded default, not a published act */
    public boolean isDemo() {
        return title.startsWith("DEMO");
    }
}
