package gov.fpf.imports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import gov.fpf.liquidateddamages.imports.LdImportRow.Outcome;
import gov.fpf.liquidateddamages.imports.LdImportRow.Reason;
import gov.fpf.liquidateddamages.imports.LdImportService;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportView;
import gov.fpf.liquidateddamages.imports.LdImportService.RowView;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.system.Problems;

/**
 * The words of the imports page (messages.properties, {@code imports.*}): statuses, outcomes and reasons a person
 * reads, instead of the codes and the API's sentences. A reason whose recorded sentence names an API call (an unknown
 * bond: "Record the bond with POST /api/v1/bonds first") or an internal error is told in the page's own words.
 */
@Component
class ImportWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);

    /** An import as the list and the page header show it. */
    record Listed(long id, String fileName, String officeCode, String startedBy, String startedAt, String finishedAt,
                  String status, String statusCode, boolean underWay, int total, int processed, int created,
                  int skipped, int refused) {
    }

    /** One line's result in words. */
    record LineRow(int line, String bond, String entry, Outcome outcomeCode, String outcome, String reason,
                   String caseNumber, boolean unknownBond) {
    }

    private final MessageSource messages;
    private final OfficeCalendar calendar;

    ImportWords(MessageSource messages, OfficeCalendar calendar) {
        this.messages = messages;
        this.calendar = calendar;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / (1024 * 1024)));
    }

    String tooLarge(long maxBytes) {
        return text("imports.error.tooLarge", megabytes(maxBytes));
    }

    Listed listed(ImportView i) {
        return new Listed(i.id(), i.fileName(), i.officeCode(), i.startedBy(), time(i.startedAt(), i.officeCode()),
                time(i.finishedAt(), i.officeCode()), text("imports.status." + i.status().name()), i.status().name(),
                i.status().underWay(), i.totalRows(), i.processedRows(), i.created(), i.skipped(), i.refused());
    }

    private String time(Instant at, String officeCode) {
        return at == null ? null : TIME.format(at.atZone(calendar.zone(officeCode)));
    }

    LineRow line(RowView r) {
        String bond = r.bondNumber() != null ? r.bondNumber()
                : r.bondId() != null ? text("imports.line.bondId", r.bondId()) : null;
        return new LineRow(r.line(), bond, r.entryNumber(), r.outcome(), text("imports.outcome." + r.outcome().name()),
                reason(r), r.caseNumber(), r.reason() == Reason.UNKNOWN_BOND);
    }

    /** Why a line opened no claim, for a person: a headline for the reason, and the recorded sentence if it reads well. */
    String reason(RowView r) {
        if (r.outcome() == Outcome.CREATED || r.reason() == null) {
            return r.outcome() == Outcome.CREATED ? null : plain(r.detail());
        }
        Reason reason = r.reason();
        return switch (reason) {
            case UNKNOWN_BOND -> r.bondNumber() != null ? text("imports.reason.UNKNOWN_BOND", r.bondNumber())
                    : text("imports.reason.UNKNOWN_BOND.id", r.bondId() == null ? "" : r.bondId());
            case ERROR -> text("imports.reason.ERROR");
            default -> {
                String detail = plain(r.detail());
                String headline = text("imports.reason." + reason.name());
                yield detail == null ? headline : headline + " " + detail;
            }
        };
    }

    /** A refusal of the upload or the resume in the page's words. */
    String refusal(Problems.Refusal refusal) {
        String detail = plain(refusal.getMessage());
        if (refusal instanceof LdImportService.ImportsBusy) {
            return text("imports.error.busy");
        }
        if (refusal instanceof Problems.Conflict) {
            return text("imports.error.notResumable");
        }
        if (detail == null && String.valueOf(refusal.getMessage()).startsWith("file: this is not the file")) {
            return text("imports.error.otherFile");
        }
        return detail == null ? text("imports.error.unreadable") : text("imports.error.refused", detail);
    }

    /** The recorded sentence, unless it speaks of the API (a person on the page does not call it). */
    private static String plain(String detail) {
        return detail == null || detail.isBlank() || detail.contains("/api/") ? null : detail;
    }
}
