package gov.fpf.casenotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Roles;

/**
 * Notes and documents on a case, for the API and the case page alike. Every call first finds the case through
 * {@link CaseFileService#visibleCase} (another office's case, or an attachment of one, is a 404 that discloses
 * nothing); writing needs a case-writer role. A note or document may be added to a closed case too: correspondence
 * keeps arriving after a case is closed, and the record must hold it. Both are append-only. A refused upload stores
 * nothing: the checks run before anything is written, and the write is one transaction (a file already written to
 * the directory store is deleted if that transaction rolls back).
 */
@Service
public class CaseNotesService {

    private static final Logger log = LoggerFactory.getLogger(CaseNotesService.class);

    private final CaseFileService caseFiles;
    private final CaseNoteRepository notes;
    private final CaseAttachmentRepository attachments;
    private final AttachmentStorage.Stores stores;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    CaseNotesService(CaseFileService caseFiles, CaseNoteRepository notes, CaseAttachmentRepository attachments,
                     AttachmentStorage.Stores stores, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.attachments = attachments;
        this.stores = stores;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    public record NoteView(long id, String text, String author, Instant createdAt) {
        static NoteView of(CaseNote n) {
            return new NoteView(n.getId(), n.getText(), n.getAuthor(), n.getCreatedAt());
        }
    }

    public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
                                 AttachmentCategory category, String description, String uploadedBy,
                                 Instant uploadedAt, String href) {
        static AttachmentView of(String caseNumber, CaseAttachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(),
                    a.getCategory(), a.getDescription(), a.getUploadedBy(), a.getUploadedAt(),
                    "/api/v1/cases/" + caseNumber + "/attachments/" + a.getId());
        }
    }

    /** An attachment's bytes with what is known about it; {@code inlineSafe} when a browser may show it in place. */
    public record Download(String fileName, String contentType, long size, String sha256, boolean inlineSafe,
                           byte[] content) {
    }

    /** The largest file an upload takes, in bytes. */
    public long maxSize() {
        return stores.maxSize();
    }

    /** Whether the caller may add notes and documents (case writers; the office is checked per case). */
    public static boolean canWrite() {
        return CurrentUser.groups().stream().anyMatch(g -> Arrays.asList(Roles.CASE_WRITERS).contains(g));
    }

    // ------------------------------------------------------------------------------------------ notes

    @Transactional(readOnly = true)
    public List<NoteView> notes(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        return notes.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId()).stream().map(NoteView::of).toList();
    }

    @Transactional
    public NoteView addNote(String caseNumber, String text) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        requireWriter();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw invalid(Map.of("text", msg("notes.note.required")));
        }
        if (t.length() > CaseNote.MAX_TEXT) {
            throw invalid(Map.of("text", msg("notes.note.tooLong", CaseNote.MAX_TEXT, t.length())));
        }
        CaseNote note = notes.save(new CaseNote(c.getId(), t, CurrentUser.id(), clock.instant()));
        auditLog.caseEvent(c.getCaseNumber(), CaseNotesEvent.NOTE_ADDED.name(),
                "Note " + note.getId() + ": " + (t.length() > 300 ? t.substring(0, 297) + "..." : t));
        return NoteView.of(note);
    }

    // ------------------------------------------------------------------------------------------ attachments

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        return attachments.findByCaseIdOrderByUploadedAtAscIdAsc(c.getId()).stream()
                .map(a -> AttachmentView.of(c.getCaseNumber(), a)).toList();
    }

    /**
     * Stores a document on the case after checking it: a category, a description of at most 500 characters, a
     * non-empty file within the size limit whose content is one of {@link AttachmentType} and agrees with its name's
     * extension and declared type. Each refused field is named in the refusal.
     */
    @Transactional
    public AttachmentView upload(String caseNumber, MultipartFile file, String category, String description) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        requireWriter();
        Map<String, String> errors = new LinkedHashMap<>();
        AttachmentCategory cat = null;
        if (category == null || category.isBlank()) {
            errors.put("category", msg("notes.upload.category.required"));
        } else {
            try {
                cat = AttachmentCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("category", msg("notes.upload.category.unknown", category,
                        Arrays.toString(AttachmentCategory.values())));
            }
        }
        String desc = description == null || description.isBlank() ? null : description.strip();
        if (desc != null && desc.length() > CaseAttachment.MAX_DESCRIPTION) {
            errors.put("description", msg("notes.upload.description.tooLong", CaseAttachment.MAX_DESCRIPTION,
                    desc.length()));
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            errors.put("file", msg("notes.file.required"));
        } else if (file.getSize() > stores.maxSize()) {
            errors.put("file", msg("notes.file.tooLarge", megabytes(file.getSize()), megabytes(stores.maxSize())));
            throw new NotesRefusal(HttpStatus.PAYLOAD_TOO_LARGE, msg("notes.file.tooLarge.title"), errors);
        }
        String fileName = null;
        AttachmentType type = null;
        byte[] content = null;
        if (!errors.containsKey("file")) {
            fileName = safeFileName(file.getOriginalFilename());
            content = bytes(file);
            String extension = extension(fileName);
            FileTypeCheck.Outcome outcome = extension.isEmpty()
                    ? FileTypeCheck.Outcome.no("notes.file.noExtension", AttachmentType.allExtensions())
                    : FileTypeCheck.check(content, extension, file.getContentType());
            if (outcome.refusal() != null) {
                errors.put("file", msg(outcome.refusal().key(), outcome.refusal().args()));
            } else {
                type = outcome.type();
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        String sha256 = sha256(content);
        AttachmentStore store = stores.current();
        CaseAttachment saved = attachments.save(new CaseAttachment(c.getId(), fileName, type, content.length, sha256,
                cat, desc, store.kind(), CurrentUser.id(), clock.instant()));
        store.put(saved.getId(), content);
        auditLog.caseEvent(c.getCaseNumber(), CaseNotesEvent.ATTACHMENT_UPLOADED.name(),
                fileName + " (" + cat + ", " + type.contentType() + ", " + content.length + " bytes), SHA-256 " + sha256
                        + (desc == null ? "" : ": " + desc));
        return AttachmentView.of(c.getCaseNumber(), saved);
    }

    /** The document, if it belongs to a case the caller may see; otherwise 404 (its existence is not disclosed). */
    @Transactional(readOnly = true)
    public Download download(String caseNumber, long attachmentId) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        CaseAttachment a = attachments.findByIdAndCaseId(attachmentId, c.getId())
                .orElseThrow(() -> new gov.fpf.system.Problems.NotFound(
                        msg("notes.attachment.notFound", attachmentId, caseNumber)));
        byte[] content = stores.of(a.getStoredIn()).get(a.getId());
        if (!sha256(content).equals(a.getSha256())) {
            log.error("Attachment {} of case {} no longer matches its SHA-256 {}", a.getId(), caseNumber, a.getSha256());
            throw new IllegalStateException("Attachment " + a.getId() + " is damaged: its content changed since upload.");
        }
        return new Download(a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(),
                a.getFileType().inlineSafe(), content);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void requireWriter() {
        if (!canWrite()) {
            throw new gov.fpf.system.Problems.Forbidden(msg("notes.forbidden"));
        }
    }

    private NotesRefusal invalid(Map<String, String> errors) {
        return new NotesRefusal(HttpStatus.BAD_REQUEST, msg("notes.invalid.title"), errors);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * The original name made safe to store and to send back: its last path segment only, letters, digits, spaces and
     * {@code . _ - ( )} kept and everything else (controls, quotes, slashes, semicolons) replaced by {@code _}, no
     * leading dots, at most 200 characters with the extension kept.
     */
    static String safeFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '.' || cp == '_' || cp == '-' || cp == '(' || cp == ')') {
                b.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                b.append('_');
            }
        });
        String safe = b.toString().replaceAll("\\s+", " ").strip().replaceAll("^[. ]+", "");
        if (safe.length() > 200) {
            String ext = extension(safe);
            int keep = 200 - (ext.isEmpty() ? 0 : ext.length() + 1);
            safe = safe.substring(0, keep).strip() + (ext.isEmpty() ? "" : "." + ext);
        }
        String ext = extension(safe);
        if (safe.isEmpty() || safe.length() == ext.length() + 1) {
            safe = "attachment" + (ext.isEmpty() ? "" : "." + ext);
        }
        return safe;
    }

    /** The extension of a file name, lower case, without the dot; empty when none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
