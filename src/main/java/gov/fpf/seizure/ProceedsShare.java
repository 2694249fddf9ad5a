package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One share of sale proceeds (or a 1614 payment) as applied in the order of 19 U.S.C. 1613. */
@Entity
@Immutable
@Table(name = "proceeds_share")
public class ProceedsShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "seq", nullable = false)
    private int seq;
    @Column(name = "share_name", nullable = false, length = 200)
    private String shareName;
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(name = "citation", length = 200)
    private String citation;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProceedsShare() {
    }

    ProceedsShare(Long caseId, int seq, String shareName, BigDecimal amount, String citation, Instant recordedAt) {
        this.caseId = caseId;
        this.seq = seq;
        this.shareName = shareName;
        this.amount = amount;
        this.citation = citation;
        this.recordedAt = recordedAt;
    }

    public int getSeq() { return seq; }
    public String getShareName() { return shareName; }
    public BigDecimal getAmount() { return amount; }
    public String getCitation() { return citation; }
}
