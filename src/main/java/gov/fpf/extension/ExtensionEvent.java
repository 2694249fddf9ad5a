package gov.fpf.extension;

/** What a period extension records in its case's audit trail. The names are the stored event types. */
public enum ExtensionEvent {
    PERIOD_EXTENDED
}
