package gov.fpf.casenotes;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The attachment stores and limits. New attachments go to the database unless {@code fpf.attachments.directory}
 * names a directory; attachments stored earlier stay readable from the database either way, since each attachment
 * remembers where it was stored. {@code fpf.attachments.max-size} bounds one file (Spring's multipart limits are set
 * to match in application.yaml, so a larger upload is refused with 413 before it is read).
 */
@Configuration
class AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);

    /** The stores: the database always, the directory when configured; {@code current} takes new attachments. */
    record Stores(AttachmentStore database, AttachmentStore directory, AttachmentStore current, long maxSize) {

        AttachmentStore of(AttachmentStore.Kind kind) {
            AttachmentStore store = kind == AttachmentStore.Kind.DATABASE ? database : directory;
            if (store == null) {
                throw new IllegalStateException("Attachments stored in the " + kind.name().toLowerCase()
                        + " cannot be read: fpf.attachments.directory is not configured.");
            }
            return store;
        }
    }

    @Bean
    DatabaseAttachmentStore databaseAttachmentStore(JdbcTemplate jdbc) {
        return new DatabaseAttachmentStore(jdbc);
    }

    @Bean
    Stores attachmentStores(DatabaseAttachmentStore database,
                            @Value("${fpf.attachments.directory:}") String directory,
                            @Value("${fpf.attachments.max-size:20MB}") DataSize maxSize) {
        AttachmentStore files = directory == null || directory.isBlank() ? null
                : new DirectoryAttachmentStore(Path.of(directory));
        if (files != null) {
            log.info("Attachments are stored in the directory {}", ((DirectoryAttachmentStore) files).directory());
        }
        return new Stores(database, files, files != null ? files : database, maxSize.toBytes());
    }
}
