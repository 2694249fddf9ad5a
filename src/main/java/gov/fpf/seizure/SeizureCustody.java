package gov.fpf.seizure;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.casefile.Money;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.process.engine.CaseTimers;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The property in custody: the custodian's receipt and log (storage rate, moves), the appraisal, the 1612 date the
 * storage cost moves (19 U.S.C. 1612; 19 CFR 162.48) and the trademark owner's consent (19 U.S.C. 1526(e)).
 */
@Service
class SeizureCustody {

    /** A deadline moved to a new date (a new storage rate): the old row is closed with this status. */
    /** The status of the 1612 deadline a storage change replaced, as stored. */
    static final String MOVED = DeadlineStatus.MOVED.name();

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;
    private final CustodyEventRepository custody;
    private final SummarySaleRules summarySaleRules;
    private final ReleaseRules releaseRules;
    private final LegalParameters parameters;
    private final CaseTimers caseTimers;
    private final AuditLog auditLog;
    private final Clock clock;

    SeizureCustody(CaseFileService caseFiles, SeizureCaseFiles cases, CustodyEventRepository custody,
                   SummarySaleRules summarySaleRules, ReleaseRules releaseRules, LegalParameters parameters,
                   CaseTimers caseTimers, AuditLog auditLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.custody = custody;
        this.summarySaleRules = summarySaleRules;
        this.releaseRules = releaseRules;
        this.parameters = parameters;
        this.caseTimers = caseTimers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The custodian's log: a move, inspection, photograph or storage-rate change. */
    @Transactional
    public CustodyEvent custodyEvent(String caseNumber, LocalDate date, CustodyEvent.Kind kind, String location,
                                     BigDecimal dailyRate, String note) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        if (date.isBefore(s.getSeizureDate())) {
            throw new Problems.InvalidInput("eventDate: " + date + " is before the seizure on " + s.getSeizureDate() + ".");
        }
        if (kind == CustodyEvent.Kind.MOVED) {
            if (location == null || location.isBlank()) {
                throw new Problems.InvalidInput("location: a move names the new storage location.");
            }
            s.storageLocation(location.strip());
        }
        if (kind == CustodyEvent.Kind.STORAGE_RATE_CHANGED) {
            if (dailyRate == null || dailyRate.signum() < 0) {
                throw new Problems.InvalidInput("dailyStorageRate: the new rate per day, 0 or more dollars.");
            }
            s.dailyStorageRate(dailyRate);
            SummarySaleRules.SummarySaleThreshold t = summarySaleRules.summarySaleThresholdDate(cases.facts(c, s), parameters);
            s.summarySaleDate(t.never() ? null : t.date());
            caseFiles.addComputation(c, t.steps());
            moveSummarySaleDate(c, s, t);
        }
        CustodyEvent event = custody.save(new CustodyEvent(c.getId(), date, kind, location, note, clock.instant(),
                CurrentUser.id()));
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.custody(kind).name(), kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " on " + date + (location == null ? "" : " at " + location)
                + (dailyRate == null ? "" : "; storage " + NoticeHtml.money(dailyRate) + " a day"), note);
        return event;
    }

    /**
     * A new storage rate moves the 1612 date where it acts: the case deadline and the process timer that opens the
     * summary sale or destruction (19 U.S.C. 1612; 19 CFR 162.48). Nothing moves once the property is sold, destroyed,
     * disposed of or released, or the approval has already opened.
     */
    private void moveSummarySaleDate(CaseFile c, SeizureCase s, SummarySaleRules.SummarySaleThreshold t) {
        if (s.getSummaryAction() != null || s.getDispositionDate() != null || s.getReleasedDate() != null) {
            return;
        }
        caseFiles.closeDeadline(c, SeizureDeadline.SUMMARY_SALE.label(), DeadlineStatus.MOVED);
        if (!t.never()) {
            caseFiles.addDeadline(c, SeizureDeadline.SUMMARY_SALE.label(), s.getSeizureDate(), t.date(), "19 U.S.C. 1612; 19 CFR 162.48");
        }
        int moved = caseTimers.move(SeizureForfeitureProcess.KEY, c.getCaseNumber(),
                START_EVENT_STORAGE_COST_THRESHOLD_REACHED, VAR_SUMMARY_SALE_DATE,
                cases.begins(c, t.never() ? SeizureCaseFiles.NEVER : t.date()));
        auditLog.caseEvent(c.getCaseNumber(), SeizureAuditEvent.SUMMARY_SALE_DATE_MOVED.name(), "the 1612 summary sale or destruction opens on "
                + (t.never() ? "no date (no storage cost)" : t.date()) + (moved > 0 ? "; the process timer was moved" : ""));
    }

    @Transactional
    public SeizureSteps.CustodyRecorded recordCustody(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        String location = text(v.get(VAR_STORAGE_LOCATION));
        if (location == null) {
            throw new Problems.InvalidInput("storageLocation: where the property is kept.");
        }
        BigDecimal rate = v.get(VAR_DAILY_STORAGE_RATE) == null ? BigDecimal.ZERO
                : Money.dollars(v.get(VAR_DAILY_STORAGE_RATE), "dailyStorageRate");
        s.custody(location, rate, bool(v.get(VAR_HAZARDOUS)), text(v.get(VAR_PHOTOGRAPH_REFERENCES)));
        SeizureFacts facts = cases.facts(c, s);
        facts = new SeizureFacts(facts.seizureDate(), facts.statute(), facts.items(), facts.drugConveyance(),
                facts.monetaryInstrument(), rate, bool(v.get(VAR_HAZARDOUS)), bool(v.get(VAR_HIGH_RISK)),
                facts.partyRepeatOffender(), facts.iorNotInGoodStanding(), facts.iorHighRiskTier());
        ReleaseRules.HighRisk risk = releaseRules.highRisk(facts);
        s.highRisk(risk.highRisk(), String.join("; ", risk.reasons()));
        SummarySaleRules.SummarySaleThreshold t = summarySaleRules.summarySaleThresholdDate(facts, parameters);
        s.summarySaleDate(t.never() ? null : t.date());
        custody.save(new CustodyEvent(c.getId(), cases.today(c), CustodyEvent.Kind.RECEIVED, location,
                text(v.get(VAR_INVENTORY_NOTE)), clock.instant(), CurrentUser.id()));
        List<TraceStep> trace = new ArrayList<>(t.steps());
        if (risk.highRisk()) {
            trace.add(new TraceStep("High-risk shipment", "yes", String.join("; ", risk.reasons())
                    + ": a higher bond is required on release", risk.citation(), null));
        }
        caseFiles.addComputation(c, trace);
        if (!t.never()) {
            caseFiles.addDeadline(c, SeizureDeadline.SUMMARY_SALE.label(), s.getSeizureDate(), t.date(), "19 U.S.C. 1612; 19 CFR 162.48");
        }
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.CUSTODY_RECORDED.name(), "in custody at " + location + ", storage "
                + NoticeHtml.money(rate) + " a day" + (s.isHazardous() ? ", hazardous" : "")
                + (risk.highRisk() ? ", high-risk" : ""), text(v.get(VAR_INVENTORY_NOTE)));
        return new SeizureSteps.CustodyRecorded(cases.begins(c, t.never() ? SeizureCaseFiles.NEVER : t.date()));
    }

    @Transactional
    public SeizureSteps.Appraised recordAppraisal(String caseNumber, Map<String, Object> v) {
        CaseFile c = cases.caseFile(caseNumber);
        SeizureCase s = cases.seizure(c);
        BigDecimal value = Money.dollars(v.get(VAR_APPRAISED_VALUE), "appraisedValue");
        String basis = text(v.get(VAR_APPRAISAL_BASIS));
        if (basis == null) {
            throw new Problems.InvalidInput("appraisalBasis: how the domestic value was found (19 CFR 162.43).");
        }
        LocalDate today = cases.today(c);
        s.appraise(value, basis);
        SeizureFacts facts = cases.facts(c, s);
        SummarySaleRules.SummarySaleThreshold t = summarySaleRules.summarySaleThresholdDate(value, s.getDailyStorageRate() == null
                ? BigDecimal.ZERO : s.getDailyStorageRate(), s.getSeizureDate(), s.isPerishable(), parameters);
        s.summarySaleDate(t.never() ? null : t.date());
        caseFiles.recordAmounts(c, value, value, null);
        caseFiles.addComputation(c, List.of(new TraceStep("Appraised domestic value", value.toPlainString(),
                "appraised by " + CurrentUser.id() + ": " + basis, "19 U.S.C. 1606; 19 CFR 162.43", null)));
        BigDecimal limit = parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, today).value();
        return new SeizureSteps.Appraised(value.doubleValue(), limit.doubleValue(), facts.prohibited(),
                facts.drugConveyance(), facts.monetaryInstrument(), facts.counterfeit(),
                cases.begins(c, t.never() ? SeizureCaseFiles.NEVER : t.date()));
    }

    /**
     * 19 U.S.C. 1526(e): the trademark owner's written consent, recorded when it arrives. Without it counterfeit goods
     * are forfeited: not released on payment of the value (1614), not sold summarily (1612), and after forfeiture
     * destroyed.
     */
    @Transactional
    public void recordTrademarkOwnerConsent(String caseNumber, LocalDate consentDate, String reference) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        SeizureCase s = cases.seizure(cases.family(c));
        if (cases.seizedItems(c).stream().noneMatch(SeizedItem::counterfeit)) {
            throw new Problems.RuleViolation("No item of " + caseNumber + " bears a counterfeit mark; a trademark owner's"
                    + " consent under 1526(e) has nothing to govern. Nothing was recorded.", "19 U.S.C. 1526(e)");
        }
        if (consentDate.isBefore(s.getSeizureDate())) {
            throw new Problems.InvalidInput("consentDate: " + consentDate + " is before the seizure on "
                    + s.getSeizureDate() + ".");
        }
        s.trademarkOwnerConsent(consentDate, reference);
        caseFiles.addComputation(c, List.of(new TraceStep("Trademark owner's written consent", consentDate.toString(),
                "on file (" + reference + "): the counterfeit goods need not be forfeited, and the alternatives to"
                        + " destruction open on their conditions", "19 U.S.C. 1526(e)", null)));
        auditLog.caseEvent(caseNumber, SeizureAuditEvent.TRADEMARK_OWNER_CONSENT.name(), "written consent of the trademark owner dated "
                + consentDate + " (" + reference + ") recorded (19 U.S.C. 1526(e))");
    }
}
