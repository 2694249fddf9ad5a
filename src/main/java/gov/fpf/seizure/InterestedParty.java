package gov.fpf.seizure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A party other than the one the property was seized from who appears to have an interest in it (a lienholder, a
 * co-owner, a consignee, a trademark owner is not one): it gets the notice of seizure (19 U.S.C. 1607(a); 19 CFR
 * 162.31) and may claim within the 1608 period; its rights survive another party's abandonment.
 */
@Entity
@Table(name = "seizure_interested_party")
public class InterestedParty {

    public enum Role { OWNER, CO_OWNER, LIENHOLDER, CONSIGNEE, CONSIGNOR, BAILEE, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "party_role", nullable = false, length = 24)
    private String role;
    @Column(name = "notice_sent_date")
    private LocalDate noticeSentDate;
    @Column(name = "abandoned_date")
    private LocalDate abandonedDate;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected InterestedParty() {
    }

    InterestedParty(Long caseId, String name, Role role, LocalDate noticeSentDate, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.name = name;
        this.role = role.name();
        this.noticeSentDate = noticeSentDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void noticeSent(LocalDate on) {
        this.noticeSentDate = on;
    }

    void abandoned(LocalDate on) {
        this.abandonedDate = on;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getName() { return name; }
    public String getRole() { return role; }
    public LocalDate getNoticeSentDate() { return noticeSentDate; }
    public LocalDate getAbandonedDate() { return abandonedDate; }
    public String getRecordedBy() { return recordedBy; }
}
