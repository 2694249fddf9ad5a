package gov.fpf.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" where no office is concerned (headquarters' records, a form before its case is known): the headquarters
 * calendar, {@link #HEADQUARTERS_ZONE}. Everything about a case uses its office's calendar
 * ({@code OfficeCalendar.today(office)}), so legal dates and the engine's timers agree.
 */
public final class BusinessDay {

    /** Headquarters' zone, also the zone of an office that names none. */
    public static final ZoneId HEADQUARTERS_ZONE = ZoneId.of("America/New_York");

    private BusinessDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(HEADQUARTERS_ZONE));
    }
}
