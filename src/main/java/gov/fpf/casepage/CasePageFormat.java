package gov.fpf.casepage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, dates and times as the case page writes them (US dollars, ISO dates, times in the server's zone). */
public final class CasePageFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);

    private final ZoneId zone;

    CasePageFormat(ZoneId zone) {
        this.zone = zone;
    }

    /** $12,345.00; empty for no amount (the template says "not set"). */
    public String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** The date part of an instant in the server's zone (task due dates). */
    public String day(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    /** 1,400: a count of days (or anything) with separators. */
    public String count(Long n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
