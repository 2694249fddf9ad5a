package gov.fpf.office;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An FP&F office (a port or a center). Its code is also the engine tenant id of its cases. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @Column(name = "code", length = 16)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The office's IANA time zone: its calendar gives "today" for legal dates and the hour its periods close. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** Where the office's letters come from (the letterhead); null until an administrator records it. */
    @Embedded
    private MailingAddress address;

    /** optimistic lock: an address edit names the version it saw */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Office() {
    }

    public Office(String code, String name, String kind, String timeZone, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MailingAddress getAddress() {
        return address == null || address.line1() == null ? null : address;
    }

    public void changeAddress(MailingAddress address) {
        this.address = address;
    }
}
