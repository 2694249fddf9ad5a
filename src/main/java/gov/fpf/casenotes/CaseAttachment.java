package gov.fpf.casenotes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * What the office knows about a document on a case. The bytes are kept by an {@link AttachmentStore} under this
 * row's id ({@link #getStoredIn()} names which store); never under a name a person gave.
 */
@Entity
@Immutable
@Table(name = "case_attachment")
public class CaseAttachment {

    public static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 16)
    private AttachmentType fileType;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private AttachmentCategory category;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "stored_in", nullable = false, length = 16)
    private AttachmentStore.Kind storedIn;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseAttachment() {
    }

    CaseAttachment(Long caseId, String fileName, AttachmentType fileType, long size, String sha256,
                   AttachmentCategory category, String description, AttachmentStore.Kind storedIn, String uploadedBy,
                   Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.fileType = fileType;
        this.contentType = fileType.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.category = category;
        this.description = description;
        this.storedIn = storedIn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentType getFileType() {
        return fileType;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public AttachmentCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public AttachmentStore.Kind getStoredIn() {
        return storedIn;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
