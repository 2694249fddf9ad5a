package gov.fpf.intake;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of the intake pages, from messages.properties in the request's locale. */
@Component
class IntakeMessages {

    private final MessageSource messageSource;

    IntakeMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    String get(String code, Object... args) {
        return messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** The message, or null when there is none for the code. */
    String orNull(String code, Object... args) {
        return messageSource.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }

    /** The words a person reads for a field name: its label, "Item 2: quantity" for an item's field. */
    String label(String field) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("items\\[(\\d+)\\]\\.(\\w+)").matcher(field);
        if (item.matches()) {
            return get("intake.item.label", Integer.parseInt(item.group(1)) + 1,
                    get("intake.field.item." + item.group(2)));
        }
        String label = orNull("intake.field." + field);
        return label == null ? field : label;
    }
}
