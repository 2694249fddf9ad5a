package gov.fpf.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * "Today" for legal dates (mailing, filing, decision, effective dates). One place decides the zone: UTC for now;
 * offices in other zones would take their own here.
 */
public final class BusinessDay {

    private BusinessDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
