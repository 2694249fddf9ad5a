package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.system.Problems;

/** What the party sends on a penalty case besides petitions and payments: representations and offers in compromise. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
class PenaltyEventsController {

    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final AuditLog auditLog;

    PenaltyEventsController(CaseFileService caseFiles, CaseWork caseWork, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
    }

    record Representations(@NotNull @PastOrPresent LocalDate receivedDate, @NotBlank @Size(max = 4000) String summary,
                           Boolean oral) {
    }

    record Offer(@NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                 @NotNull @PastOrPresent LocalDate offeredDate, @NotBlank @Size(max = 4000) String terms) {
    }

    /** Oral or written representations in answer to a pre-penalty notice (19 U.S.C. 1592(b)(1)(A)(vii)). */
    @PostMapping("/representations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    void representations(@PathVariable String caseNumber, @Valid @RequestBody Representations body) {
        caseFiles.visibleCase(caseNumber);
        auditLog.caseEvent(caseNumber, PenaltyEvent.REPRESENTATIONS_RECEIVED.name(), (Boolean.TRUE.equals(body.oral()) ? "oral" : "written")
                + " representations received " + body.receivedDate(), body.summary());
        if (!caseWork.deliver(CaseMessages.REPRESENTATIONS_RECEIVED, caseNumber,
                Map.of("representationsReceivedDate", body.receivedDate().toString()))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for representations (no pre-penalty"
                    + " notice is open). Nothing was recorded.", "19 CFR 162.78");
        }
    }

    /** An offer in compromise under 19 U.S.C. 1617, for counsel to review. */
    @PostMapping("/offers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    void offer(@PathVariable String caseNumber, @Valid @RequestBody Offer body) {
        caseFiles.visibleCase(caseNumber);
        auditLog.caseEvent(caseNumber, PenaltyEvent.OFFER_IN_COMPROMISE_RECEIVED.name(), NoticeHtml.money(body.amount()) + " offered "
                + body.offeredDate() + " under 19 U.S.C. 1617", body.terms());
        if (!caseWork.deliver(CaseMessages.OFFER_IN_COMPROMISE_RECEIVED, caseNumber,
                Map.of("offerAmount", body.amount().doubleValue(), "offerTerms", body.terms()))) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for an offer now. Nothing was recorded.",
                    "19 U.S.C. 1617");
        }
    }
}
