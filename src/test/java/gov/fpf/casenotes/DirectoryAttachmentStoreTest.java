package gov.fpf.casenotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The directory store on its own, in a temporary directory: files named by id, gone again on rollback. */
class DirectoryAttachmentStoreTest {

    @TempDir
    Path directory;

    @Test
    void keepsAFileNamedByIdAndReadsItBack() throws Exception {
        DirectoryAttachmentStore store = new DirectoryAttachmentStore(directory.resolve("nested/attachments"));
        byte[] content = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        store.put(7, content);
        Path file = directory.resolve("nested/attachments/7.bin");
        assertThat(file).exists();
        assertThat(store.get(7)).isEqualTo(content);
        assertThat(store.kind()).isEqualTo(AttachmentStore.Kind.DIRECTORY);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.toList()).as("no temporary file left").containsExactly(file);
        }
        assertThatThrownBy(() -> store.get(8)).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> store.file(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(-1, content)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.file(Long.MAX_VALUE).getParent()).isEqualTo(store.directory());
    }

    @Test
    void aRolledBackTransactionLeavesNoFileAndACommittedOneKeepsIt() throws Exception {
        DirectoryAttachmentStore store = new DirectoryAttachmentStore(directory);
        byte[] content = {1, 2, 3};
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.put(1, content);
            store.put(2, content);
            assertThat(directory.resolve("1.bin")).exists();
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations().subList(0, 1)) {
                s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations().subList(1, 2)) {
                s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(directory.resolve("1.bin")).doesNotExist();
        assertThat(directory.resolve("2.bin")).exists();
    }
}
