package gov.fpf.system;

import java.time.Clock;
import java.time.LocalDate;

import gov.fpf.office.OfficeCalendar;

/**
 * "Today" where no office is concerned (headquarters' records, a form before its case is known): the headquarters
 * calendar, {@link OfficeCalendar#DEFAULT_ZONE}. Everything about a case uses its office's calendar
 * ({@link OfficeCalendar#today(String)}), so legal dates and the engine's timers agree.
 */
public final class BusinessDay {

    private BusinessDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(OfficeCalendar.DEFAULT_ZONE));
    }
}
