package gov.fpf.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), on the day federal offices close for them, computed for any year
 * rather than listed, so a deadline in 2031 is counted as correctly as one next week.
 *
 * <p>Observed dates follow 5 U.S.C. 6103(b) and Executive Order 11582: a holiday on a Saturday is observed on the
 * Friday before (so New Year's Day 2022 closed offices on Friday, December 31, 2021), a holiday on a Sunday on the
 * Monday after. Not included, because they cannot be computed: Inauguration Day (6103(c), Washington D.C. area
 * only) and the one-off closings a President orders by executive order; an office that closes on such a day should
 * extend the deadline by hand.
 */
public final class FederalHolidays {

    /** Juneteenth National Independence Day Act, Pub. L. 117-17 (June 17, 2021); first observed June 18, 2021. */
    private static final int FIRST_JUNETEENTH = 2021;
    /** Martin Luther King Jr. Day, Pub. L. 98-144, first observed in 1986. */
    private static final int FIRST_KING_BIRTHDAY = 1986;

    private FederalHolidays() {
    }

    /** Whether offices are closed for a legal public holiday on this date (weekends are not holidays here). */
    public static boolean isHoliday(LocalDate date) {
        return observedIn(date.getYear()).contains(date);
    }

    /** Saturdays, Sundays and the observed holidays are not working days (the count 171.2(e) uses). */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The observed holidays that fall in the year; includes December 31 when the next New Year's Day is a
     * Saturday, and leaves out January 1 when it is observed on the Friday of the year before.
     */
    public static Set<LocalDate> observedIn(int year) {
        Set<LocalDate> observed = new TreeSet<>();
        for (int y = year; y <= year + 1; y++) {
            for (LocalDate holiday : holidaysOf(y)) {
                LocalDate day = observedDay(holiday);
                if (day.getYear() == year) {
                    observed.add(day);
                }
            }
        }
        return observed;
    }

    private static Set<LocalDate> holidaysOf(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));                          // New Year's Day
        if (year >= FIRST_KING_BIRTHDAY) {
            days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));             // Birthday of Martin Luther King, Jr.
        }
        days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));                // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));          // Memorial Day
        if (year >= FIRST_JUNETEENTH) {
            days.add(LocalDate.of(year, Month.JUNE, 19));                        // Juneteenth National Independence Day
        }
        days.add(LocalDate.of(year, Month.JULY, 4));                             // Independence Day
        days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));               // Labor Day
        days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));                 // Columbus Day
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));                        // Veterans Day
        days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));              // Thanksgiving Day
        days.add(LocalDate.of(year, Month.DECEMBER, 25));                        // Christmas Day
        return days;
    }

    private static LocalDate observedDay(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
