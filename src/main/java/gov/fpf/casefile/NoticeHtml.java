package gov.fpf.casefile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How notices write money and dates ("$1,234.50", "March 2, 2026"). The letters themselves are templates under
 * {@code templates/notices/} ({@link NoticeRenderer}); audit lines and refusals use the same forms so an officer reads
 * the amount the letter states.
 */
public final class NoticeHtml {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private NoticeHtml() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "not stated" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "not stated" : LONG_DATE.format(date);
    }
}
