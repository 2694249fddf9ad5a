package gov.fpf.casefile;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link Letter} with the application's Thymeleaf engine. The wording lives in the templates so counsel can
 * review it in one place; the periods, dates and amounts come from the letter's variables, never from the template.
 * Every value is written with {@code th:text} or {@code [[...]]}, which escape it.
 */
@Component
public class NoticeRenderer {

    static final String FOLDER = "notices/";

    private final ITemplateEngine engine;

    public NoticeRenderer(ITemplateEngine engine) {
        this.engine = engine;
    }

    public String render(Letter letter) {
        Context context = new Context(Locale.US, letter.variables());
        context.setVariable("n", NoticeFormat.INSTANCE);
        return engine.process(FOLDER + letter.template(), context);
    }
}
