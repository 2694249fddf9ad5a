package gov.fpf.casenotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachments as files in a configured directory ({@code fpf.attachments.directory}), each named by its id
 * ({@code 42.bin}), so no name a person sent reaches the file system and no path can leave the directory. A file is
 * written under a temporary name and moved into place; when the transaction that records the attachment rolls back,
 * the file is deleted again.
 */
class DirectoryAttachmentStore implements AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAttachmentStore.class);

    private final Path directory;

    DirectoryAttachmentStore(Path directory) {
        try {
            this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachment directory " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    @Override
    public Kind kind() {
        return Kind.DIRECTORY;
    }

    @Override
    public void put(long id, byte[] content) {
        Path target = file(id);
        try {
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment " + id + " in " + directory, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(target);
                    }
                }
            });
        }
    }

    @Override
    public byte[] get(long id) {
        try {
            return Files.readAllBytes(file(id));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("The file of attachment " + id + " is missing from " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + id + " from " + directory, e);
        }
    }

    /** The file of an attachment: its id, nothing else, inside the directory. */
    Path file(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("attachment ids are positive: " + id);
        }
        Path file = directory.resolve(id + ".bin").normalize();
        if (!file.getParent().equals(directory)) {
            throw new IllegalStateException("attachment file outside " + directory + ": " + file);
        }
        return file;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {} after its transaction rolled back: {}", file, e.getMessage());
        }
    }
}
