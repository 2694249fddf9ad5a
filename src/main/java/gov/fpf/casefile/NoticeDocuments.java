package gov.fpf.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.office.MailingAddress;
import gov.fpf.office.Office;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRepository;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * Notices as documents. When a notice is issued its HTML is also written as a PDF/A and stored with its SHA-256 in the
 * same transaction, so the record is the document that was sent (version 1). A re-issue (officers and supervisors,
 * with a reason, say the address was corrected) prints the addresses on file now into the same letter, adds the next
 * version and puts it on the timeline; earlier versions stay as they were. Reads are for the case's offices only.
 */
@Service
public class NoticeDocuments {

    public static final int REASON_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(NoticeDocuments.class);

    private final NoticeDocumentRepository documents;
    private final NoticeRepository notices;
    private final CaseFileRepository cases;
    private final OfficeRepository offices;
    private final PartyRepository parties;
    private final OfficeAccess officeAccess;
    private final OfficeCalendar calendar;
    private final EngineAccess users;
    private final NoticeRenderer renderer;
    private final NoticePdf pdf;
    private final AuditLog auditLog;
    private final Clock clock;

    NoticeDocuments(NoticeDocumentRepository documents, NoticeRepository notices, CaseFileRepository cases,
                    OfficeRepository offices, PartyRepository parties, OfficeAccess officeAccess,
                    OfficeCalendar calendar, EngineAccess users, NoticeRenderer renderer, NoticePdf pdf,
                    AuditLog auditLog, Clock clock) {
        this.documents = documents;
        this.notices = notices;
        this.cases = cases;
        this.offices = offices;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.calendar = calendar;
        this.users = users;
        this.renderer = renderer;
        this.pdf = pdf;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A version of a notice without its bytes, as the notice page lists it. */
    public record Version(int version, String reason, String sha256, int sizeBytes, boolean addresseeAddressOnFile,
                         Instant issuedAt, String issuedBy) {
    }

    /** A version's bytes for download, with the name the file is saved under. */
    public record Download(String fileName, byte[] pdf, String sha256, int version) {

        /** The PDF as a download, with its SHA-256 and version in headers so a client can check what it received. */
        public ResponseEntity<byte[]> response() {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                            .toString())
                    .header("X-Content-SHA256", sha256)
                    .header("X-Notice-Version", Integer.toString(version))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(pdf);
        }
    }

    /** The frame of a letter being issued: the case's office and the letter's addressee with the addresses on file. */
    @Transactional(propagation = Propagation.MANDATORY)
    NoticeEnvelope envelope(CaseFile caseFile, Letter letter, String title, LocalDate date) {
        Office office = offices.findById(caseFile.getOfficeCode()).orElse(null);
        String addressee;
        List<String> lines;
        if (letter.addressee() != null) {
            addressee = letter.addressee();
            lines = null; // only parties carry an address
        } else {
            Party party = caseFile.getPartyId() == null ? null : parties.findById(caseFile.getPartyId()).orElse(null);
            addressee = party == null ? "" : party.getName();
            lines = party == null ? null : lines(party.getAddress());
        }
        return new NoticeEnvelope(office == null ? caseFile.getOfficeCode() : office.getName(),
                office == null ? null : lines(office.getAddress()), addressee, lines, date, title, issuer(), 1, null,
                null);
    }

    /** Version 1: the letter's HTML as issued and its PDF, in the issuing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void issue(CaseFile caseFile, Notice notice, Letter letter, String html, NoticeEnvelope envelope) {
        Long partyId = letter.addressee() == null ? caseFile.getPartyId() : null;
        documents.save(new NoticeDocument(notice.getId(), 1, null, html, render(html, notice.getTitle()),
                envelope.addresseeName(), partyId, envelope.addresseeAddressOnFile(), clock.instant(), CurrentUser.id()));
    }

    /**
     * Issues the notice again with the addresses on file now and a reason; the earlier versions stay. Officers and
     * supervisors of the case's office only; a blank reason is refused; two re-issues at once: the second is a 409.
     */
    @Transactional
    public Version reissue(String caseNumber, long noticeId, String reason) {
        CaseFile caseFile = visibleCase(caseNumber);
        Set<String> groups = CurrentUser.groups();
        if (!groups.contains(Roles.OFFICER) && !groups.contains(Roles.SUPERVISOR)) {
            throw new Problems.Forbidden("Only officers and supervisors may re-issue a notice.");
        }
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput("reason: say why the notice is issued again (for example: address corrected).");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new Problems.InvalidInput("reason: at most " + REASON_MAX + " characters.");
        }
        Notice notice = notice(caseFile, noticeId);
        NoticeDocument latest = documents.findFirstByNoticeIdOrderByVersionDesc(noticeId)
                .orElseThrow(() -> new Problems.Conflict("The notice " + noticeId + " has no document to re-issue."));
        Office office = offices.findById(caseFile.getOfficeCode()).orElse(null);
        List<String> addresseeLines = null;
        if (latest.getAddresseePartyId() != null) {
            addresseeLines = parties.findById(latest.getAddresseePartyId()).map(p -> lines(p.getAddress())).orElse(null);
        }
        int version = latest.getVersion() + 1;
        NoticeEnvelope envelope = new NoticeEnvelope(office == null ? caseFile.getOfficeCode() : office.getName(),
                office == null ? null : lines(office.getAddress()), latest.getAddresseeName(), addresseeLines,
                notice.getMailingDate(), notice.getTitle(), issuer(), version, reason.strip(),
                calendar.today(caseFile.getOfficeCode()));
        String html = renderer.replaceEnvelope(latest.getContentHtml(), envelope, caseFile.isDemo());
        NoticeDocument saved;
        try {
            saved = documents.saveAndFlush(new NoticeDocument(noticeId, version, reason.strip(), html,
                    render(html, notice.getTitle()), latest.getAddresseeName(), latest.getAddresseePartyId(),
                    envelope.addresseeAddressOnFile(), clock.instant(), CurrentUser.id()));
        } catch (DataIntegrityViolationException e) {
            throw new Problems.Conflict("The notice was re-issued by someone else just now; reload it and check the "
                    + "versions before issuing it again.");
        }
        auditLog.caseEvent(caseNumber, CaseFileEvent.NOTICE_REISSUED.name(), notice.getTitle() + " re-issued as version "
                + version + " (SHA-256 " + saved.getSha256() + "): " + CaseFileService.noticeHref(caseNumber, noticeId),
                reason.strip());
        return toVersion(saved);
    }

    @Transactional(readOnly = true)
    public List<Version> versions(String caseNumber, long noticeId) {
        Notice notice = notice(visibleCase(caseNumber), noticeId);
        return documents.versions(notice.getId());
    }

    /** The latest version of the notice, with its HTML, for the notice page; empty for a notice issued before V24. */
    @Transactional(readOnly = true)
    public java.util.Optional<NoticeDocument> latest(String caseNumber, long noticeId) {
        Notice notice = notice(visibleCase(caseNumber), noticeId);
        return documents.findFirstByNoticeIdOrderByVersionDesc(notice.getId());
    }

    /** A version's PDF bytes (null version: the latest), for the case's offices only. */
    @Transactional(readOnly = true)
    public Download pdf(String caseNumber, long noticeId, Integer version) {
        Notice notice = notice(visibleCase(caseNumber), noticeId);
        NoticeDocument document = (version == null ? documents.findFirstByNoticeIdOrderByVersionDesc(notice.getId())
                : documents.findByNoticeIdAndVersion(notice.getId(), version))
                .orElseThrow(() -> new Problems.NotFound("No version " + (version == null ? "" : version + " ")
                        + "of notice " + noticeId + " on case " + caseNumber + "."));
        return new Download(caseNumber + "-notice-" + noticeId + "-v" + document.getVersion() + ".pdf",
                document.getPdf(), document.getSha256(), document.getVersion());
    }

    private byte[] render(String html, String title) {
        long start = System.nanoTime();
        byte[] bytes = pdf.render(html, title, clock.instant());
        log.debug("Notice \"{}\" written as PDF in {} ms ({} bytes)", title, (System.nanoTime() - start) / 1_000_000,
                bytes.length);
        return bytes;
    }

    private String issuer() {
        String id = CurrentUser.id();
        return CurrentUser.SYSTEM.equals(id) ? null : users.fullName(id);
    }

    private CaseFile visibleCase(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(c -> officeAccess.canSee(c.getOfficeCode()))
                .orElseThrow(() -> new Problems.NotFound("No case " + caseNumber + " in your offices."));
    }

    private Notice notice(CaseFile caseFile, long noticeId) {
        return notices.findByIdAndCaseId(noticeId, caseFile.getId())
                .orElseThrow(() -> new Problems.NotFound("No notice " + noticeId + " on case " + caseFile.getCaseNumber()
                        + "."));
    }

    private static Version toVersion(NoticeDocument d) {
        return new Version(d.getVersion(), d.getReason(), d.getSha256(), d.getSizeBytes(), d.isAddresseeAddressOnFile(),
                d.getIssuedAt(), d.getIssuedBy());
    }

    private static List<String> lines(MailingAddress address) {
        return address == null || !address.isComplete() ? null : address.lines();
    }
}
