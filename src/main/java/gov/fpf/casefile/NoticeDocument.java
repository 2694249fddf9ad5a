package gov.fpf.casefile;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One issue of a notice as a document: the HTML and the PDF/A bytes exactly as sent, with their SHA-256. Version 1 is
 * written with the notice; a re-issue adds the next version and says why. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "notice_document")
public class NoticeDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "reason", length = 500)
    private String reason;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "content_html", nullable = false, length = 16_777_215)
    private String contentHtml;

    /** LONGBLOB in the migration (the length makes Hibernate expect that type on MySQL, not TINYBLOB) */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, length = Integer.MAX_VALUE)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "addressee_name", nullable = false, length = 200)
    private String addresseeName;

    /** The party the letter went to; null when it went to someone who is not a party (a surety). */
    @Column(name = "addressee_party_id")
    private Long addresseePartyId;

    @Column(name = "addressee_address_on_file", nullable = false)
    private boolean addresseeAddressOnFile;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    protected NoticeDocument() {
    }

    NoticeDocument(Long noticeId, int version, String reason, String contentHtml, byte[] pdf, String addresseeName,
                   Long addresseePartyId, boolean addresseeAddressOnFile, Instant issuedAt, String issuedBy) {
        this.addresseeName = addresseeName;
        this.addresseePartyId = addresseePartyId;
        this.noticeId = noticeId;
        this.version = version;
        this.reason = reason;
        this.contentHtml = contentHtml;
        this.pdf = pdf;
        this.sha256 = NoticePdf.sha256(pdf);
        this.sizeBytes = pdf.length;
        this.addresseeAddressOnFile = addresseeAddressOnFile;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public int getVersion() {
        return version;
    }

    public String getReason() {
        return reason;
    }

    public String getContentHtml() {
        return contentHtml;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public Long getAddresseePartyId() {
        return addresseePartyId;
    }

    public boolean isAddresseeAddressOnFile() {
        return addresseeAddressOnFile;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
