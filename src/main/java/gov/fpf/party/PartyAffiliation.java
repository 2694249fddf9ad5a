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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An affiliation between two parties: "{@code affiliateId} is {@code partyId}'s {@code relation}". Never deleted: an
 * affiliation that ended keeps its row with the day it ended, and no longer counts for good standing from that day.
 */
@Entity
@Table(name = "party_affiliation")
public class PartyAffiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", nullable = false)
    private Long partyId;

    @Column(name = "affiliate_id", nullable = false)
    private Long affiliateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "relation", nullable = false, length = 16)
    private AffiliateRelation relation;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PartyAffiliation() {
    }

    PartyAffiliation(long partyId, long affiliateId, AffiliateRelation relation, LocalDate since, String note,
                     Instant recordedAt, String recordedBy) {
        this.partyId = partyId;
        this.affiliateId = affiliateId;
        this.relation = relation;
        this.since = since;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void end(LocalDate on, String reason, Instant at, String by) {
        this.endedOn = on;
        this.endReason = reason;
        this.endedAt = at;
        this.endedBy = by;
    }

    /** counts on the date: begun on or before it and not ended on or before it */
    public boolean liveOn(LocalDate on) {
        return !since.isAfter(on) && (endedOn == null || endedOn.isAfter(on));
    }

    /** the party on the other side, seen from {@code fromPartyId} */
    public long otherThan(long fromPartyId) {
        return partyId == fromPartyId ? affiliateId : partyId;
    }

    /** the relation of the other party, seen from {@code fromPartyId} ("the other is my ...") */
    public AffiliateRelation relationSeenFrom(long fromPartyId) {
        return partyId == fromPartyId ? relation : relation.inverse();
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public AffiliateRelation getRelation() {
        return relation;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public long getVersion() {
        return version;
    }
}
