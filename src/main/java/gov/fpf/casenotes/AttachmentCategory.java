package gov.fpf.casenotes;

/** What a document on a case is; the names are stored. */
public enum AttachmentCategory {
    PETITION,
    PHOTO,
    CORRESPONDENCE,
    OTHER
}
