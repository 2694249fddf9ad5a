package gov.fpf.forms;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The texts the form renderer and the submission checks use, from the message bundle ({@code form.*} keys). */
@FunctionalInterface
public interface FormMessages {

    String get(String code, Object... args);

    /**
     * The words for a code a read-only field shows ({@code label.<enumName>.<CODE>}); the code humanized when there
     * are none ("GROSS_NEGLIGENCE" → "Gross negligence").
     */
    default String code(String enumName, String code) {
        return humanize(code);
    }

    static FormMessages of(MessageSource source, Locale locale) {
        return new FormMessages() {
            @Override
            public String get(String code, Object... args) {
                return source.getMessage(code, args, locale);
            }

            @Override
            public String code(String enumName, String code) {
                String words = enumName == null ? null
                        : source.getMessage("label." + enumName + "." + code, null, null, locale);
                return words != null ? words : humanize(code);
            }
        };
    }

    private static String humanize(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
