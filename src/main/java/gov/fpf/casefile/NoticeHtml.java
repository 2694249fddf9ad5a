package gov.fpf.casefile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Builds the HTML of a notice: a heading, sections of labelled facts and paragraphs, every value escaped. */
public final class NoticeHtml {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final StringBuilder html = new StringBuilder();

    private NoticeHtml(String title, String caseNumber, boolean demo) {
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append(" ").append(escape(caseNumber)).append("</title><style>")
                .append("body{font-family:Georgia,serif;max-width:44rem;margin:2rem auto;line-height:1.45}")
                .append("dt{font-weight:bold}dd{margin:0 0 .5rem 1.5rem}.demo{color:#b50909;font-weight:bold}")
                .append("</style></head><body>");
        if (demo) {
            html.append("<p class=\"demo\">DEMO CASE: not a real notice.</p>");
        }
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append("<p>Case number: <strong>").append(escape(caseNumber)).append("</strong></p>");
    }

    public static NoticeHtml titled(String title, String caseNumber, boolean demo) {
        return new NoticeHtml(title, caseNumber, demo);
    }

    public NoticeHtml section(String heading) {
        html.append("<h2>").append(escape(heading)).append("</h2>");
        return this;
    }

    public NoticeHtml fact(String label, Object value) {
        html.append("<dl><dt>").append(escape(label)).append("</dt><dd>").append(escape(text(value))).append("</dd></dl>");
        return this;
    }

    public NoticeHtml paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    public String html() {
        return html + "</body></html>";
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "not stated" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "not stated" : LONG_DATE.format(date);
    }

    private static String text(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof BigDecimal amount) {
            return money(amount);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        return value.toString();
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
