package gov.fpf.casefile;

import java.time.Instant;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Test fixture: renders notices as the application does (Spring's Thymeleaf engine over {@code templates/} on the
 * class path) without starting the application, and a case file to address them to.
 */
public final class NoticeTemplates {

    private static final NoticeRenderer RENDERER = new NoticeRenderer(engine(), labels());

    private NoticeTemplates() {
    }

    public static String render(Letter letter) {
        return RENDERER.render(letter);
    }

    public static CaseFile caseFile(String caseNumber, CaseFamily family) {
        return new CaseFile(caseNumber, family, "LALB", 1L, false, Instant.parse("2026-03-02T16:00:00Z"), "officer1");
    }

    /** The words of {@code messages.properties}, as the application writes codes in letters. */
    private static gov.fpf.system.Labels labels() {
        org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new gov.fpf.system.Labels(messages);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
