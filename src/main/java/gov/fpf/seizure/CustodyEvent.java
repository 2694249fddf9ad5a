package gov.fpf.seizure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The custodian's log: moves, inspections, photographs, storage-rate changes. Append-only. */
@Entity
@Immutable
@Table(name = "seizure_custody_event")
public class CustodyEvent {

    public enum Kind { RECEIVED, MOVED, INSPECTED, PHOTOGRAPHED, STORAGE_RATE_CHANGED, RELEASED, DISPOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;
    @Column(name = "kind", nullable = false, length = 24)
    private String kind;
    @Column(name = "location", length = 200)
    private String location;
    @Column(name = "note", length = 2000)
    private String note;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected CustodyEvent() {
    }

    CustodyEvent(Long caseId, LocalDate eventDate, Kind kind, String location, String note, Instant recordedAt,
                 String recordedBy) {
        this.caseId = caseId;
        this.eventDate = eventDate;
        this.kind = kind.name();
        this.location = location;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public LocalDate getEventDate() { return eventDate; }
    public String getKind() { return kind; }
    public String getLocation() { return location; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
}
