package gov.fpf.casenotes;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The default store: a LONGBLOB row per attachment in {@code case_attachment_content}, in the same transaction. */
class DatabaseAttachmentStore implements AttachmentStore {

    private final JdbcTemplate jdbc;

    DatabaseAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.DATABASE;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(long id, byte[] content) {
        jdbc.update("INSERT INTO case_attachment_content (attachment_id, content) VALUES (?, ?)", id, content);
    }

    @Override
    public byte[] get(long id) {
        try {
            return jdbc.queryForObject("SELECT content FROM case_attachment_content WHERE attachment_id = ?",
                    byte[].class, id);
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalStateException("The content of attachment " + id + " is missing from the database.", e);
        }
    }
}
