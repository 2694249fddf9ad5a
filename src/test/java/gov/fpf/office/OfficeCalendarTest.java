package gov.fpf.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import gov.fpf.system.Problems;

/** Each office's calendar: its "today", the moment its periods close (after the last day) and when a day begins. */
class OfficeCalendarTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private final OfficeRepository offices = Mockito.mock(OfficeRepository.class);

    private OfficeCalendar at(String instant) {
        Mockito.when(offices.findById("LALB")).thenReturn(Optional.of(new Office("LALB", "Seaport", "SEAPORT",
                LA.getId(), Instant.EPOCH)));
        Mockito.when(offices.findById("CVGX")).thenReturn(Optional.of(new Office("CVGX", "Hub", "HUB", NY.getId(),
                Instant.EPOCH)));
        return new OfficeCalendar(offices, Clock.fixed(Instant.parse(instant), java.time.ZoneOffset.UTC));
    }

    @Test
    void aPeriodClosesWhenItsLastDayEndsAtTheOffice() {
        OfficeCalendar calendar = at("2026-05-01T12:00:00Z");
        // P17-style last day 2026-05-01: open all of that day in Long Beach (PDT, UTC-7) and in Cincinnati (EDT, UTC-4)
        assertThat(calendar.periodCloses(LocalDate.of(2026, 5, 1), "LALB").toInstant())
                .isEqualTo(Instant.parse("2026-05-02T07:00:00Z"));
        assertThat(calendar.periodCloses(LocalDate.of(2026, 5, 1), "CVGX").toInstant())
                .isEqualTo(Instant.parse("2026-05-02T04:00:00Z"));
        // a warning fires when its day begins
        assertThat(calendar.dayBegins(LocalDate.of(2026, 5, 1), "LALB").toInstant())
                .isEqualTo(Instant.parse("2026-05-01T07:00:00Z"));
    }

    @Test
    void theCloseFollowsDaylightSavingTime() {
        OfficeCalendar calendar = at("2026-11-01T12:00:00Z");
        // the last day 2026-11-01 is the day clocks go back: the period closes at midnight PST (UTC-8)
        assertThat(calendar.periodCloses(LocalDate.of(2026, 11, 1), "LALB").toInstant())
                .isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        // and in March the day is 23 hours long: midnight after 2026-03-08 is 07:00Z (PDT)
        assertThat(calendar.periodCloses(LocalDate.of(2026, 3, 8), "LALB").toInstant())
                .isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
    }

    @Test
    void todayIsTheOfficesLocalDate() {
        // 03:30 UTC on 7 December is still 6 December on the Pacific coast and in Cincinnati
        OfficeCalendar early = at("2026-12-07T03:30:00Z");
        assertThat(early.today("LALB")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(early.today("CVGX")).isEqualTo(LocalDate.of(2026, 12, 6));
        // 06:00 UTC: 7 December in Cincinnati, still 6 December in Long Beach
        OfficeCalendar later = at("2026-12-07T06:00:00Z");
        assertThat(later.today("LALB")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(later.today("CVGX")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(later.dayOf(later.periodCloses(LocalDate.of(2026, 12, 6), "LALB"), "LALB"))
                .as("the close is the first instant of the next office day").isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void anUnknownZoneOrOfficeIsRefused() {
        assertThatThrownBy(() -> OfficeCalendar.zoneId("Mars/Olympus")).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> OfficeCalendar.zoneId("+05:00")).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> OfficeCalendar.zoneId(" ")).isInstanceOf(Problems.InvalidInput.class);
        assertThat(OfficeCalendar.zoneId("America/Los_Angeles")).isEqualTo(LA);
        OfficeCalendar calendar = at("2026-12-07T12:00:00Z");
        assertThatThrownBy(() -> calendar.today("NOPE")).isInstanceOf(Problems.NotFound.class);
    }
}
