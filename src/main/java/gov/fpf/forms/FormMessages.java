package gov.fpf.forms;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The texts the form renderer and the submission checks use, from the message bundle ({@code form.*} keys). */
@FunctionalInterface
public interface FormMessages {

    String get(String code, Object... args);

    static FormMessages of(MessageSource source, Locale locale) {
        return (code, args) -> source.getMessage(code, args, locale);
    }
}
