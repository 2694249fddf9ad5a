package gov.fpf.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Numbers as the pages print them ({@code ${@reportFormat.money(x)}}): dollars, counts, percentages, days. */
@Component("reportFormat")
public class ReportFormat {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private final org.springframework.context.MessageSource messages;

    public ReportFormat(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** A published count: a count withheld by disclosure control (null) reads "fewer than N". */
    public String cell(Number n, EnforcementReport.Disclosure disclosure) {
        if (n == null && disclosure != null) {
            return messages.getMessage("confidentiality.report.suppressed", new Object[] {disclosure.minimumCell()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        return count(n);
    }

    /** The CSV's marker for a withheld count: {@code <N}. */
    public static String csvSuppressed(EnforcementReport.Disclosure disclosure) {
        return "<" + disclosure.minimumCell();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "–" : "$" + new DecimalFormat("#,##0.00", US).format(amount);
    }

    public String count(Number n) {
        return n == null ? "–" : new DecimalFormat("#,##0", US).format(n);
    }

    /** A fraction (0.6667) as a percentage (66.7%). */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "–" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String days(BigDecimal days) {
        return days == null ? "–" : days.stripTrailingZeros().toPlainString();
    }
}
