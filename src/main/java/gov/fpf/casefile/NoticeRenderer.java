package gov.fpf.casefile;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import gov.fpf.system.Labels;

/**
 * Renders a {@link Letter} with the application's Thymeleaf engine. The wording lives in the templates so counsel can
 * review it in one place; the periods, dates and amounts come from the letter's variables, never from the template.
 * Every value is written with {@code th:text} or {@code [[...]]}, which escape it. The frame every letter shares
 * ({@code notices/layout.html}) prints the letterhead and addresses at the top ({@link NoticeEnvelope}) and the
 * signature block at the end, which this renderer adds before the letter's {@code </body>}.
 */
@Component
public class NoticeRenderer {

    static final String FOLDER = "notices/";
    static final String ENVELOPE_START = "<!--notice-envelope-->";
    static final String ENVELOPE_END = "<!--/notice-envelope-->";
    private static final String BODY_END = "</body>";

    private final ITemplateEngine engine;
    private final NoticeFormat format;

    /** Codes written in words from {@code messages.properties} ({@link Labels}): a letter never shows an enum's name. */
    @Autowired
    public NoticeRenderer(ITemplateEngine engine, Labels labels) {
        this.engine = engine;
        this.format = new NoticeFormat(labels);
    }

    public String render(Letter letter) {
        Context context = context(letter.variables());
        String html = engine.process(FOLDER + letter.template(), context);
        String signature = engine.process(FOLDER + "signature", context);
        int end = html.lastIndexOf(BODY_END);
        return end < 0 ? html + signature : html.substring(0, end) + signature + html.substring(end);
    }

    /**
     * The same letter with a new frame: the addresses on file now and the re-issue's version and reason. Only the part
     * between the envelope's markers changes; the wording stays exactly as first issued.
     */
    String replaceEnvelope(String html, NoticeEnvelope envelope, boolean demo) {
        int start = html.indexOf(ENVELOPE_START);
        int end = html.indexOf(ENVELOPE_END);
        if (start < 0 || end < start) {
            throw new gov.fpf.system.Problems.Conflict("The notice was issued before letters had an address block; it "
                    + "cannot be re-issued with new addresses.");
        }
        Context context = context(java.util.Map.of("envelope", envelope, "demo", demo));
        String frame = engine.process(FOLDER + "envelope", context).strip();
        return html.substring(0, start) + frame + html.substring(end + ENVELOPE_END.length());
    }

    private Context context(java.util.Map<String, Object> variables) {
        Context context = new Context(Locale.US, variables);
        context.setVariable("n", format);
        return context;
    }
}
