package gov.fpf.office;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import gov.fpf.system.BusinessDay;
import gov.fpf.system.Problems;

/**
 * One calendar per office, for legal dates and for the engine's timers alike. "Today" (a mailing, a filing, a
 * decision) is the office's local date, and a period that includes its last day (19 CFR 171.2, 172.3, 162.78;
 * 19 U.S.C. 1608, 1613(a): "within N days") closes when that day ends at the office, i.e. at the start of the next
 * day in the office's zone. Warnings and events that happen on a day (a sale date opening, a reminder) fire when their
 * day begins.
 */
@Component
public class OfficeCalendar {

    /** The zone of an office recorded without one (and of offices created before zones were recorded). */
    public static final ZoneId DEFAULT_ZONE = BusinessDay.HEADQUARTERS_ZONE;

    private final OfficeRepository offices;
    private final Clock clock;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public OfficeCalendar(OfficeRepository offices, Clock clock) {
        this.offices = offices;
        this.clock = clock;
    }

    /** The office's zone; an office's zone does not change once recorded, so it is read once. */
    public ZoneId zone(String officeCode) {
        if (officeCode == null) {
            return DEFAULT_ZONE;
        }
        return zones.computeIfAbsent(officeCode, code -> offices.findById(code)
                .map(o -> zoneId(o.getTimeZone()))
                .orElseThrow(() -> new Problems.NotFound("Office " + code + " does not exist.")));
    }

    /** Today's date at the office. */
    public LocalDate today(String officeCode) {
        return LocalDate.now(clock.withZone(zone(officeCode)));
    }

    /**
     * The earliest "today" among the given offices (the office furthest west); headquarters' date when there are none.
     * A date on or after it has not yet begun to pass at any of them.
     */
    public LocalDate earliestToday(java.util.Collection<String> officeCodes) {
        return officeCodes.stream().map(this::today).min(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.now(clock.withZone(DEFAULT_ZONE)));
    }

    /** When a period whose last lawful day is {@code lastDay} closes at the office: the start of the next day there. */
    public Date periodCloses(LocalDate lastDay, String officeCode) {
        return periodCloses(lastDay, zone(officeCode));
    }

    /** When {@code day} begins at the office (for warnings and for things that may happen on that day). */
    public Date dayBegins(LocalDate day, String officeCode) {
        return dayBegins(day, zone(officeCode));
    }

    /** The office's calendar date of an instant (e.g. a timer's due date or a form's date-time). */
    public LocalDate dayOf(Date instant, String officeCode) {
        return instant.toInstant().atZone(zone(officeCode)).toLocalDate();
    }

    public static Date periodCloses(LocalDate lastDay, ZoneId zone) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static Date dayBegins(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** An IANA zone id such as America/Los_Angeles; anything else is bad input. */
    public static ZoneId zoneId(String text) {
        if (text == null || text.isBlank()) {
            throw new Problems.InvalidInput("timeZone: an IANA time zone such as America/Los_Angeles is required.");
        }
        try {
            ZoneId zone = ZoneId.of(text.strip());
            if (!(zone.getId().contains("/") || "UTC".equals(zone.getId()))) {
                throw new Problems.InvalidInput("timeZone: '" + text + "' is not a region zone such as America/New_York.");
            }
            return zone;
        } catch (DateTimeException e) {
            throw new Problems.InvalidInput("timeZone: '" + text + "' is not an IANA time zone such as America/New_York.");
        }
    }
}
