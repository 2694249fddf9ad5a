package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.system.Problems;

/**
 * What the party sends on a penalty case besides petitions and payments, for the API and the case page alike:
 * representations in answer to a pre-penalty notice and offers in compromise. Nothing is stored when the case is not
 * waiting for it (the audit entry is rolled back with the refusal).
 */
@Service
public class PenaltyReceipts {

    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final AuditLog auditLog;

    PenaltyReceipts(CaseFileService caseFiles, CaseWork caseWork, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
    }

    /** Oral or written representations in answer to a pre-penalty notice (19 U.S.C. 1592(b)(1)(A)(vii)). */
    @Transactional
    public void representations(String caseNumber, LocalDate receivedDate, String summary, boolean oral) {
        caseFiles.visibleCase(caseNumber);
        auditLog.caseEvent(caseNumber, PenaltyEvent.REPRESENTATIONS_RECEIVED.name(), (oral ? "oral" : "written")
                + " representations received " + receivedDate, summary);
        if (!caseWork.deliver(CaseMessages.REPRESENTATIONS_RECEIVED, caseNumber,
                Map.of("representationsReceivedDate", receivedDate.toString()))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for representations (no pre-penalty"
                    + " notice is open). Nothing was recorded.", "19 CFR 162.78");
        }
    }

    /** An offer in compromise under 19 U.S.C. 1617, for counsel to review. */
    @Transactional
    public void offer(String caseNumber, BigDecimal amount, LocalDate offeredDate, String terms) {
        caseFiles.visibleCase(caseNumber);
        auditLog.caseEvent(caseNumber, PenaltyEvent.OFFER_IN_COMPROMISE_RECEIVED.name(), NoticeHtml.money(amount) + " offered "
                + offeredDate + " under 19 U.S.C. 1617", terms);
        if (!caseWork.deliver(CaseMessages.OFFER_IN_COMPROMISE_RECEIVED, caseNumber,
                Map.of("offerAmount", amount.doubleValue(), "offerTerms", terms))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an offer now. Nothing was recorded.",
                    "19 U.S.C. 1617");
        }
    }
}
