package gov.fpf.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * What the frame of every letter prints around its wording ({@code templates/notices/layout.html}): the sending office
 * and its address, the addressee and theirs, the date, the subject, who issued it, and for a re-issue its version and
 * reason. An address is null when none is on file: the letter then says so instead of inventing one.
 *
 * @param officeAddress  the lines of the office's address, null when not on file
 * @param addresseeLines the lines of the addressee's address, null when not on file
 * @param issuedBy       the full name of the person who issued it, null when the system did (a timer)
 * @param version        1 for the first issue
 * @param reason         why it was re-issued, null for the first issue
 */
public record NoticeEnvelope(String officeName, List<String> officeAddress, String addresseeName,
                             List<String> addresseeLines, LocalDate date, String subject, String issuedBy, int version,
                             String reason, LocalDate reissuedOn) {

    public boolean addresseeAddressOnFile() {
        return addresseeLines != null;
    }

    NoticeEnvelope reissued(List<String> officeAddress, List<String> addresseeLines, String issuedBy, int version,
                            String reason, LocalDate reissuedOn) {
        return new NoticeEnvelope(officeName, officeAddress, addresseeName, addresseeLines, date, subject, issuedBy,
                version, reason, reissuedOn);
    }
}
