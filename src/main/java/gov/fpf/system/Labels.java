package gov.fpf.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a code a person sees: an enum constant (a case status, a culpability, an outcome, an audit event...)
 * is written from {@code messages.properties} under {@code label.<EnumName>.<CONSTANT>}, where a nested enum is named
 * with its enclosing class ({@code label.Petition.Outcome.MITIGATE}). Codes stored as text (the deciding authority
 * the routing table returns, a status read back from a column) are looked up with the enum's name. A code with no
 * words is humanized ("AWAITING_RESPONSE" → "Awaiting response") rather than shown raw; a test checks that every
 * constant of every enum a person sees has its words, so the fallback is a safety net, not the way words are made.
 *
 * <p>Pages call it as {@code @labels.of(x)}; letters get it as the variable {@code labels}.
 */
@Component("labels")
public class Labels {

    public static final String PREFIX = "label.";

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The words for an enum constant; empty for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : words(key(value), value.name(), LocaleContextHolder.getLocale());
    }

    /**
     * The words for a code stored as text, of the enum named {@code enumName} (as in the key: {@code "CaseStatus"},
     * {@code "Petition.Outcome"}); empty for none. A text that is not a code (a free note) is returned as it is.
     */
    public String of(String enumName, Object code) {
        if (code == null) {
            return "";
        }
        if (code instanceof Enum<?> e) {
            return of(e);
        }
        String text = code.toString();
        if (!text.matches("[A-Z][A-Z0-9_]*")) {
            return text;
        }
        return words(PREFIX + enumName + "." + text, text, LocaleContextHolder.getLocale());
    }

    /**
     * The event enums a case's timeline holds, by their names in keys: an audit row stores only the constant's name,
     * so its words are looked up in each in turn; {@code AuditEvent} holds the events recorded as plain text
     * (referrals, process migrations).
     */
    static final List<String> EVENT_ENUMS = List.of("CaseFileEvent", "PenaltyEvent", "PetitionEvent", "ExtensionEvent",
            "LdEvent", "LdImportEvent", "SeizureAuditEvent", "CaseNotesEvent", "AuditEvent");

    /** The words for a timeline event code. */
    public String event(String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (String type : EVENT_ENUMS) {
            String found = messages.getMessage(PREFIX + type + "." + code, null, null, locale);
            if (found != null) {
                return found;
            }
        }
        return humanize(code);
    }

    /** The words for a notice's kind ({@code label.NoticeKind.<KIND>}). */
    public String notice(String kind) {
        return of("NoticeKind", kind);
    }

    /**
     * A status change as the audit row details it ("OPEN -> AWAITING_RESPONSE"), in words ("Open → Awaiting
     * response"); any other detail as it is.
     */
    public String statusChange(String detail) {
        if (detail == null || !detail.matches("[A-Z_]+ -> [A-Z_]+")) {
            return detail;
        }
        String[] parts = detail.split(" -> ");
        return of("CaseStatus", parts[0]) + " \u2192 " + of("CaseStatus", parts[1]);
    }

    /** As {@link #of(Enum)}, in the words of a letter ({@link Locale#US}, whatever the reader's page locale). */
    public String inLetter(Enum<?> value) {
        return value == null ? "" : words(key(value), value.name(), Locale.US);
    }

    /** The message key of a constant: {@code label.<EnumName>.<CONSTANT>}. */
    public static String key(Enum<?> value) {
        return PREFIX + enumName(value.getDeclaringClass()) + "." + value.name();
    }

    /** The enum's name in keys: its simple name, after its enclosing classes' for a nested enum. */
    public static String enumName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name.toString();
    }

    /** "AWAITING_RESPONSE" → "Awaiting response": the last resort for a code with no words. */
    public static String humanize(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replace('_', ' ').trim().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private String words(String key, String code, Locale locale) {
        String found = messages.getMessage(key, null, null, locale);
        return found != null ? found : humanize(code);
    }
}
