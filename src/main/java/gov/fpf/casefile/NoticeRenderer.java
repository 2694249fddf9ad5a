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
 * Every value is written with {@code th:text} or {@code [[...]]}, which escape it.
 */
@Component
public class NoticeRenderer {

    static final String FOLDER = "notices/";

    private final ITemplateEngine engine;
    private final NoticeFormat format;

    /** Codes written in words from {@code messages.properties} ({@link Labels}): a letter never shows an enum's name. */
    @Autowired
    public NoticeRenderer(ITemplateEngine engine, Labels labels) {
        this.engine = engine;
        this.format = new NoticeFormat(labels);
    }

    public String render(Letter letter) {
        Context context = new Context(Locale.US, letter.variables());
        context.setVariable("n", format);
        return engine.process(FOLDER + letter.template(), context);
    }
}
