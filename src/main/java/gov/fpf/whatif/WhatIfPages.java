package gov.fpf.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** What the admin pages need to show a dry run: its CSV with the page's words. */
@Component
public class WhatIfPages {

    private static final List<String> COLUMNS = List.of("caseNumber", "family", "officeCode", "what", "subject",
            "before", "after", "difference", "unit");

    private final MessageSource messages;

    WhatIfPages(MessageSource messages) {
        this.messages = messages;
    }

    /** dollars and cents as a page shows them ($30,000.00) */
    public String money(java.math.BigDecimal amount) {
        return amount == null ? "" : java.text.NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    /** a difference with its sign (+$5,000.00, -$12.50, +15) */
    public String signed(java.math.BigDecimal difference, boolean dollars) {
        if (difference == null) {
            return "";
        }
        String text = dollars ? money(difference.abs()) : difference.abs().toPlainString();
        return (difference.signum() < 0 ? "-" : difference.signum() > 0 ? "+" : "") + text;
    }

    /** Writes the dry run as a CSV download, headed and worded as the page shows it. */
    public void writeCsv(WhatIfResult result, Locale locale, HttpServletResponse response) {
        List<String> header = COLUMNS.stream().map(c -> messages.getMessage("whatif.col." + c, null, locale)).toList();
        String csv = WhatIfCsv.of(result, header, code -> {
            String kind = code.substring(0, code.indexOf('.'));
            String value = code.substring(code.indexOf('.') + 1);
            String key = switch (kind) {
                case "family" -> "case.family." + value;
                case "what" -> "label.WhatChanges." + value;
                case "unit" -> "whatif.unit." + value;
                default -> "whatif.value." + value;
            };
            return messages.getMessage(key, null, value, locale);
        });
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"what-if.csv\"");
        try {
            response.getWriter().write(csv);
            response.getWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
