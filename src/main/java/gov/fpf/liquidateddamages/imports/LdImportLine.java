package gov.fpf.liquidateddamages.imports;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondService;
import gov.fpf.liquidateddamages.LdCaseService;
import gov.fpf.liquidateddamages.LdCaseService.NewLdCase;
import gov.fpf.liquidateddamages.imports.LdImportRow.Reason;
import gov.fpf.system.Problems;

/**
 * One line of a breach import: the claim it opens, in its own transaction, or the recorded reason why not (skipped
 * or refused, with its line number). A bad line never blocks or loses the others.
 */
@Component
class LdImportLine {

    private static final Logger log = LoggerFactory.getLogger(LdImportLine.class);

    /** A run stops (FAILED) when this many lines in a row fail for reasons of ours: the database or engine is down. */
    static final int ERRORS_IN_A_ROW_TO_STOP = 10;
    /** A line that met a lock wait or deadlock (another import or user charging the same bond) is tried this often. */
    static final int ATTEMPTS = 3;

    private final LdCaseService ldCases;
    private final BondService bonds;
    private final LdImportRowRepository rows;
    private final TransactionTemplate lineTx;

    LdImportLine(LdCaseService ldCases, BondService bonds, LdImportRowRepository rows,
                 PlatformTransactionManager transactionManager) {
        this.ldCases = ldCases;
        this.bonds = bonds;
        this.rows = rows;
        this.lineTx = new TransactionTemplate(transactionManager);
        this.lineTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void work(LdImportRun run, BreachFile.Line line, String office) {
        if (!line.readable()) {
            run.notCreated(line, Reason.INVALID, line.problem());
            return;
        }
        Long bondId = bondId(run, line);
        if (bondId == null) {
            return;
        }
        NewLdCase breach = withBond(line.breach(), bondId);
        Integer earlierLine = run.firstLineOfBreach.putIfAbsent(breachKey(breach), line.lineNo());
        for (int attempt = 1; ; attempt++) {
            try {
                lineTx.executeWithoutResult(s -> {
                    String caseNumber = ldCases.open(breach, office, false, run.importId);
                    rows.save(LdImportRow.created(run.importId, line.lineNo(), caseNumber).of(line));
                });
                run.created++;
                run.errorsInARow = 0;
                return;
            } catch (LdCaseService.BreachRefused refused) {
                Reason reason = Reason.valueOf(refused.refusal().name());
                String detail = refused.getMessage();
                if (reason == Reason.DUPLICATE && earlierLine != null) {
                    detail = "Same breach as line " + earlierLine + " of this file. " + detail;
                }
                run.notCreated(line, reason, detail);
            } catch (Problems.RuleViolation rule) {
                run.notCreated(line, Reason.RULE, rule.getMessage()
                        + (rule.citation() == null ? "" : " (" + rule.citation() + ")"));
            } catch (Problems.Refusal refusal) {
                run.notCreated(line, Reason.INVALID, refusal.getMessage());
            } catch (DataIntegrityViolationException clash) {
                if (!isBreachKeyClash(clash)) {
                    error(run, line, clash);
                    return;
                }
                run.notCreated(line, Reason.DUPLICATE, "A claim for this breach was opened at the same moment"
                        + " by another import or user.");
            } catch (ConcurrencyFailureException busy) {
                if (attempt < ATTEMPTS) {
                    continue;
                }
                error(run, line, busy);
                return;
            } catch (RuntimeException e) {
                error(run, line, e);
                return;
            }
            run.errorsInARow = 0;
            return;
        }
    }

    /** The bond the line names, or null when it is refused (unknown number, or a number and an id that disagree). */
    private Long bondId(LdImportRun run, BreachFile.Line line) {
        if (line.bondNumber() == null) {
            return line.bondId();
        }
        Optional<Long> byNumber = run.bondIdsByNumber.computeIfAbsent(line.bondNumber(),
                number -> bonds.byNumber(number).map(Bond::getId));
        if (byNumber.isEmpty()) {
            run.notCreated(line, Reason.UNKNOWN_BOND, "bondNumber: there is no bond numbered "
                    + line.bondNumber() + ". Record the bond with POST /api/v1/bonds first.");
            return null;
        }
        if (line.bondId() != null && !line.bondId().equals(byNumber.get())) {
            run.notCreated(line, Reason.INVALID, "bondNumber " + line.bondNumber() + " is bond id "
                    + byNumber.get() + ", but bondId says " + line.bondId() + "; give one of them, or both alike.");
            return null;
        }
        return byNumber.get();
    }

    private static NewLdCase withBond(NewLdCase b, long bondId) {
        return new NewLdCase(bondId, b.breach(), b.breachDate(), b.entryNumber(), b.merchandiseValue(), b.restricted(),
                b.withheldDuty(), b.unpaidDuties(), b.estimatedDuties(), b.daysLate(), b.defaults(), b.firstViolation(),
                null, b.estimatedFees(), b.tibSubheading());
    }

    /** The same breach within one file (bond, breach, entry, date), to name the earlier line of a duplicate. */
    private static String breachKey(NewLdCase b) {
        return b.bondId() + "|" + (b.breach() == null ? "" : b.breach().strip().toUpperCase(Locale.ROOT)) + "|"
                + (b.entryNumber() == null ? "-" : b.entryNumber().strip().toUpperCase(Locale.ROOT)) + "|" + b.breachDate();
    }

    private static boolean isBreachKeyClash(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uq_ld_claim_breach");
    }

    /** A line that failed for a reason of ours: recorded and logged; too many in a row stop the run. */
    private void error(LdImportRun run, BreachFile.Line line, RuntimeException e) {
        log.warn("Import {} line {} failed", run.importId, line.lineNo(), e);
        String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (cause.length() > 300) {
            cause = cause.substring(0, 297) + "...";
        }
        run.notCreated(line, Reason.ERROR, "Not worked because of an error on our side (" + cause + ");"
                + " nothing of the line was stored. Send it again later; the log has the details under import "
                + run.importId + ", line " + line.lineNo() + ".");
        run.errorsInARow++;
        if (run.errorsInARow >= ERRORS_IN_A_ROW_TO_STOP) {
            run.processed++;
            throw new LdImportRun.RunStopped("Stopped after " + run.errorsInARow + " lines in a row failed because of an error on"
                    + " our side, the last at line " + line.lineNo() + " (" + cause + "). The lines done so far are"
                    + " kept; send the file again once the problem is fixed.");
        }
    }
}
