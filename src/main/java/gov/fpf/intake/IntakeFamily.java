package gov.fpf.intake;

import java.util.List;

/**
 * One family's intake as a page: its fields, how the entered text becomes the API's request record, and opening the
 * case through the family's own service (the one behind the API). {@code R} is the API's request record, whose bean
 * validation runs on the page as it does on the API.
 */
interface IntakeFamily<R> {

    /** The path segment under /cases/new and the message key part: penalty, liquidated-damages, seizure. */
    String key();

    List<IntakeField.Section> sections(IntakeForm form);

    /** Whether the page picks or records a bond (liquidated damages: the claim is against a bond). */
    default boolean needsBond() {
        return false;
    }

    /** Whether the page has item rows (seizures). */
    default boolean hasItems() {
        return false;
    }

    /** The request record from what was entered; type errors go on the form, their fields are null in the record. */
    R build(IntakeForm form, Long partyId, Long bondId);

    /** Opens the case through the family's service, in the caller's transaction; what the family adds to the flash. */
    Opened open(R request);

    /** The page field a request property (or a refusal's "property:") belongs to; null if the page has none. */
    default String fieldOf(String property) {
        return property;
    }

    /** A case opened: its number and the lines the family adds to the message on the case page. */
    record Opened(String caseNumber, List<String> lines) {
    }
}
