package gov.fpf.casefile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A notice or letter as it was sent: generated once from the case, stored, never regenerated. */
@Entity
@Immutable
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "mailing_date", nullable = false)
    private LocalDate mailingDate;

    /** MEDIUMTEXT in the migration: up to 16 MB of HTML, read as text by both H2 and MySQL */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "content_html", nullable = false, length = 16_777_215)
    private String contentHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Notice() {
    }

    Notice(Long caseId, String kind, String title, LocalDate mailingDate, String contentHtml, Instant createdAt,
           String createdBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.title = title;
        this.mailingDate = mailingDate;
        this.contentHtml = contentHtml;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getMailingDate() {
        return mailingDate;
    }

    public String getContentHtml() {
        return contentHtml;
    }
}
