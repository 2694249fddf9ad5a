package gov.fpf.casenotes;

/** What notes and attachments record in a case's audit trail (its timeline). The names are the stored event types. */
public enum CaseNotesEvent {
    NOTE_ADDED,
    ATTACHMENT_UPLOADED
}
