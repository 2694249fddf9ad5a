package gov.fpf.casenotes;

/**
 * Where the bytes of attachments are kept, under the attachment's id only (never a name a person gave). Writes join
 * the caller's transaction: when it rolls back, nothing stays stored.
 */
public interface AttachmentStore {

    /** Which store holds an attachment's bytes; stored with the attachment. */
    enum Kind {
        DATABASE,
        DIRECTORY
    }

    Kind kind();

    /** Keeps the bytes of attachment {@code id}; called inside the transaction that records the attachment. */
    void put(long id, byte[] content);

    /** The bytes of attachment {@code id}; an IllegalStateException when they are missing (a broken store). */
    byte[] get(long id);
}
