package gov.fpf.seizure;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The dates that start a seizure's legal periods, as recorded rather than assumed: discovery of the offense and of the
 * property's involvement with any 1621(2) tolling (the limitation date, 19 U.S.C. 1621), the customhouse posting
 * (19 CFR 162.45(b)(2)), the supplemental-petition period after a denial (19 CFR 171.61), the owner's abandonment, and
 * the CAFRA track (18 U.S.C. 983). Shares its id with the case file.
 */
@Entity
@Table(name = "seizure_timeline")
public class SeizureTimeline {

    @Id
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "discovery_date")
    private LocalDate discoveryDate;
    /** False when intake did not state the discovery date and the seizure date stood in for it. */
    @Column(name = "discovery_stated", nullable = false)
    private boolean discoveryStated;
    @Column(name = "involvement_discovery_date")
    private LocalDate involvementDiscoveryDate;
    @Column(name = "tolled_days", nullable = false)
    private int tolledDays;
    @Column(name = "tolling_reason", length = 500)
    private String tollingReason;
    @Column(name = "limitation_date", nullable = false)
    private LocalDate limitationDate;
    @Column(name = "customhouse_posting_date")
    private LocalDate customhousePostingDate;
    @Column(name = "customhouse_posting_ends")
    private LocalDate customhousePostingEnds;
    @Column(name = "election_due")
    private LocalDate electionDue;
    @Column(name = "supplemental_petition_due")
    private LocalDate supplementalPetitionDue;
    @Column(name = "owner_abandoned_date")
    private LocalDate ownerAbandonedDate;
    @Column(name = "cafra", nullable = false)
    private boolean cafra;
    @Column(name = "cafra_notice_due")
    private LocalDate cafraNoticeDue;
    @Column(name = "cafra_claim_date")
    private LocalDate cafraClaimDate;
    @Column(name = "complaint_due")
    private LocalDate complaintDue;
    @Column(name = "complaint_filed_date")
    private LocalDate complaintFiledDate;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SeizureTimeline() {
    }

    SeizureTimeline(Long caseId, LocalDate discoveryDate, boolean discoveryStated, LocalDate involvementDiscoveryDate,
                    int tolledDays, String tollingReason, LocalDate limitationDate, boolean cafra, LocalDate cafraNoticeDue) {
        this.caseId = caseId;
        this.discoveryDate = discoveryDate;
        this.discoveryStated = discoveryStated;
        this.involvementDiscoveryDate = involvementDiscoveryDate;
        this.tolledDays = tolledDays;
        this.tollingReason = tollingReason;
        this.limitationDate = limitationDate;
        this.cafra = cafra;
        this.cafraNoticeDue = cafraNoticeDue;
    }

    void customhousePosting(LocalDate posted, LocalDate ends) {
        this.customhousePostingDate = posted;
        this.customhousePostingEnds = ends;
    }

    void electionDue(LocalDate due) {
        this.electionDue = due;
    }

    void supplementalPetitionDue(LocalDate due) {
        this.supplementalPetitionDue = due;
    }

    void ownerAbandoned(LocalDate on) {
        this.ownerAbandonedDate = on;
    }

    void cafraClaim(LocalDate filed, LocalDate complaintDue) {
        this.cafraClaimDate = filed;
        this.complaintDue = complaintDue;
    }

    void complaintFiled(LocalDate on) {
        this.complaintFiledDate = on;
    }

    public Long getCaseId() { return caseId; }
    public LocalDate getDiscoveryDate() { return discoveryDate; }
    public boolean isDiscoveryStated() { return discoveryStated; }
    public LocalDate getInvolvementDiscoveryDate() { return involvementDiscoveryDate; }
    public int getTolledDays() { return tolledDays; }
    public String getTollingReason() { return tollingReason; }
    public LocalDate getLimitationDate() { return limitationDate; }
    public LocalDate getCustomhousePostingDate() { return customhousePostingDate; }
    public LocalDate getCustomhousePostingEnds() { return customhousePostingEnds; }
    public LocalDate getElectionDue() { return electionDue; }
    public LocalDate getSupplementalPetitionDue() { return supplementalPetitionDue; }
    public LocalDate getOwnerAbandonedDate() { return ownerAbandonedDate; }
    public boolean isCafra() { return cafra; }
    public LocalDate getCafraNoticeDue() { return cafraNoticeDue; }
    public LocalDate getCafraClaimDate() { return cafraClaimDate; }
    public LocalDate getComplaintDue() { return complaintDue; }
    public LocalDate getComplaintFiledDate() { return complaintFiledDate; }
}
