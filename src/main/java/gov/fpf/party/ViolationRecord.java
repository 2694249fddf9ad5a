package gov.fpf.party;

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

/** A finding of violation against a party: the prior-violator record that decides "repeat offender". */
@Entity
@Immutable
@Table(name = "violation_record")
public class ViolationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", nullable = false)
    private Long partyId;

    @Column(name = "statute", nullable = false, length = 40)
    private String statute;

    @Column(name = "finding_date", nullable = false)
    private LocalDate findingDate;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_kind", nullable = false, length = 32)
    private FindingKind kind;

    @Column(name = "description", length = 1000)
    private String description;

    /** set when the finding is one of illegal importation that EO 14411 Sec. 2(d) names */
    @Enumerated(EnumType.STRING)
    @Column(name = "illicit_import", length = 32)
    private IllicitImport illicitImport;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ViolationRecord() {
    }

    ViolationRecord(Long partyId, String statute, LocalDate findingDate, String caseNumber, FindingKind kind,
                    String description, Instant recordedAt, String recordedBy) {
        this.partyId = partyId;
        this.kind = kind;
        this.statute = statute;
        this.findingDate = findingDate;
        this.caseNumber = caseNumber;
        this.description = description;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getStatute() {
        return statute;
    }

    public LocalDate getFindingDate() {
        return findingDate;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    /** the kind of illegal importation the finding was, or null */
    public IllicitImport getIllicitImport() {
        return illicitImport;
    }

    /** marks a new record (before it is saved) as a finding of illegal importation of the kind */
    ViolationRecord illicit(IllicitImport kind) {
        this.illicitImport = kind;
        return this;
    }
}
