package gov.fpf.liquidateddamages.imports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of a breach file: which file (name and SHA-256), into which office, by whom, and how far it got. The counts
 * are updated as the run goes, so a reader sees its progress; they always match the lines stored in ld_import_row
 * for skipped and refused lines (both are written in the same transaction).
 */
@Entity
@Table(name = "ld_import")
public class LdImport {

    /**
     * QUEUED until a worker takes it, RUNNING while lines are worked, then DONE, or FAILED when the run stopped.
     * INTERRUPTED: the node that ran it died (its heartbeat is older than the lease); the counts are those of the lines
     * it recorded, and the same file sent to {@code POST .../{id}/resume} finishes it.
     */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, INTERRUPTED;

        /** a worker is (or should be) on it */
        public boolean underWay() {
            return this == QUEUED || this == RUNNING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "format", nullable = false, length = 8)
    private BreachFile.Format format;

    @Column(name = "office_code", nullable = false, length = 16)
    private String officeCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "refused_count", nullable = false)
    private int refusedCount;

    @Column(name = "failure", length = 2000)
    private String failure;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    /** the run that works the import: node name and a random part, so a resumed run is told from the dead one */
    @Column(name = "owner_node", length = 120)
    private String ownerNode;

    /** refreshed by the owner while the import is QUEUED or RUNNING */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected LdImport() {
    }

    LdImport(String fileName, String fileSha256, BreachFile.Format format, String officeCode, int totalRows,
             Instant startedAt, String startedBy, String ownerNode) {
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.format = format;
        this.officeCode = officeCode;
        this.status = Status.QUEUED;
        this.totalRows = totalRows;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.ownerNode = ownerNode;
        this.heartbeatAt = startedAt;
    }

    void running() {
        this.status = Status.RUNNING;
    }

    void progress(int processed, int created, int skipped, int refused) {
        this.processedRows = processed;
        this.createdCount = created;
        this.skippedCount = skipped;
        this.refusedCount = refused;
    }

    void done(Instant at) {
        this.status = Status.DONE;
        this.finishedAt = at;
    }

    void heartbeat(Instant at) {
        this.heartbeatAt = at;
    }

    /** Nobody works the import any more: the counts are those of the lines it recorded. */
    void interrupted(String why, Instant at) {
        this.status = Status.INTERRUPTED;
        this.failure = why;
        this.finishedAt = at;
        this.ownerNode = null;
    }

    /** A new run takes the interrupted import over and works the lines it has not recorded. */
    void resumedBy(String owner, Instant at) {
        this.status = Status.RUNNING;
        this.ownerNode = owner;
        this.heartbeatAt = at;
        this.failure = null;
        this.finishedAt = null;
    }

    void failed(String why, Instant at) {
        this.status = Status.FAILED;
        this.failure = why == null || why.length() <= 2000 ? why : why.substring(0, 1997) + "...";
        this.finishedAt = at;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public BreachFile.Format getFormat() { return format; }
    public String getOfficeCode() { return officeCode; }
    public Status getStatus() { return status; }
    public int getTotalRows() { return totalRows; }
    public int getProcessedRows() { return processedRows; }
    public int getCreatedCount() { return createdCount; }
    public int getSkippedCount() { return skippedCount; }
    public int getRefusedCount() { return refusedCount; }
    public String getFailure() { return failure; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getStartedBy() { return startedBy; }
    public String getOwnerNode() { return ownerNode; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
}
