package gov.fpf.office;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.Problems;

@Service
public class OfficeService {

    private final OfficeRepository offices;
    private final OfficeMemberships memberships;
    private final AuditLog auditLog;
    private final Clock clock;

    OfficeService(OfficeRepository offices, OfficeMemberships memberships, AuditLog auditLog, Clock clock) {
        this.offices = offices;
        this.memberships = memberships;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** An office in the default zone ({@link OfficeCalendar#DEFAULT_ZONE}). */
    @Transactional
    public Office create(String code, String name, String kind) {
        return create(code, name, kind, OfficeCalendar.DEFAULT_ZONE.getId());
    }

    /** An office with its IANA time zone (e.g. America/Los_Angeles); an unknown zone is bad input. */
    @Transactional
    public Office create(String code, String name, String kind, String timeZone) {
        if (offices.existsById(code)) {
            throw new Problems.Conflict("Office " + code + " already exists.");
        }
        String zone = OfficeCalendar.zoneId(timeZone).getId();
        Office office = offices.save(new Office(code, name, kind, zone, clock.instant()));
        memberships.ensureOffice(code, name);
        auditLog.entityEvent("OFFICE", code, "OFFICE_CREATED", name + " (" + kind + ", " + zone + ")", null);
        return office;
    }

    /** The office with its code; 404 when there is none. */
    @Transactional(readOnly = true)
    public Office get(String code) {
        return offices.findById(code == null ? "" : code)
                .orElseThrow(() -> new Problems.NotFound("There is no office " + code + "."));
    }

    /**
     * Records or corrects the office's mailing address (the letterhead of its notices). The caller names the version it
     * saw, so a concurrent change is refused (409) instead of being overwritten.
     */
    @Transactional
    public Office changeAddress(String code, long expectedVersion, MailingAddress address) {
        Office office = get(code);
        if (office.getVersion() != expectedVersion) {
            throw new Problems.Conflict("Office " + code + " was changed by someone else (version " + office.getVersion()
                    + ", you saw " + expectedVersion + "). Reload it and enter the address again.");
        }
        office.changeAddress(address);
        offices.saveAndFlush(office);
        auditLog.entityEvent("OFFICE", code, "OFFICE_ADDRESS_CHANGED", String.join(", ", address.lines()), null);
        return office;
    }

    @Transactional(readOnly = true)
    public List<Office> all() {
        return offices.findAll();
    }
}
