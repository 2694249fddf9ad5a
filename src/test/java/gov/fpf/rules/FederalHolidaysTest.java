package gov.fpf.rules;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FederalHolidaysTest {

    @Test
    void theElevenHolidaysOf2026OnTheDaysOfficesClose() {
        assertThat(FederalHolidays.observedIn(2026)).containsExactly(
                of(2026, 1, 1), of(2026, 1, 19), of(2026, 2, 16), of(2026, 5, 25), of(2026, 6, 19),
                of(2026, 7, 3), // July 4 is a Saturday: observed Friday
                of(2026, 9, 7), of(2026, 10, 12), of(2026, 11, 11), of(2026, 11, 26), of(2026, 12, 25));
    }

    @Test
    void aSaturdayNewYearIsObservedOnTheLastFridayOfTheYearBefore() {
        assertThat(FederalHolidays.isHoliday(of(2021, 12, 31))).isTrue();
        assertThat(FederalHolidays.isHoliday(of(2022, 1, 1))).isFalse();
        assertThat(FederalHolidays.observedIn(2022)).doesNotContain(of(2022, 1, 1)).hasSize(10);
        assertThat(FederalHolidays.observedIn(2021)).contains(of(2021, 12, 31), of(2021, 12, 24));
    }

    @Test
    void aSundayHolidayIsObservedOnTheMondayAfter() {
        assertThat(FederalHolidays.isHoliday(of(2023, 1, 2))).isTrue();   // New Year's Day 2023 was a Sunday
        assertThat(FederalHolidays.isHoliday(of(2027, 7, 5))).isTrue();   // July 4, 2027 is a Sunday
        assertThat(FederalHolidays.isHoliday(of(2027, 7, 4))).isFalse();
    }

    @Test
    void juneteenthCountsFrom2021AndKingsBirthdayFrom1986() {
        assertThat(FederalHolidays.isHoliday(of(2021, 6, 18))).isTrue();  // first observed on the Friday
        assertThat(FederalHolidays.isHoliday(of(2020, 6, 19))).isFalse();
        assertThat(FederalHolidays.isHoliday(of(1986, 1, 20))).isTrue();
        assertThat(FederalHolidays.isHoliday(of(1985, 1, 21))).isFalse();
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(FederalHolidays.isWorkingDay(of(2026, 11, 25))).isTrue();   // Wednesday
        assertThat(FederalHolidays.isWorkingDay(of(2026, 11, 26))).isFalse();  // Thanksgiving
        assertThat(FederalHolidays.isWorkingDay(of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(FederalHolidays.isWorkingDay(of(2026, 11, 29))).isFalse();  // Sunday
    }
}
