package gov.fpf.liquidateddamages.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gov.fpf.liquidateddamages.imports.LdImportRow.Outcome;
import gov.fpf.liquidateddamages.imports.LdImportRow.Reason;

/** The state of one run of an import, kept by the thread that works it, and why a run stops before its last line. */
final class LdImportRun {

    final long importId;
    final int total;
    final String owner;
    /** lines a resumed run does not work again: an earlier run recorded them */
    final Set<Integer> recorded;
    final List<LdImportRow> pending = new ArrayList<>();
    final Map<String, Optional<Long>> bondIdsByNumber = new HashMap<>();
    final Map<String, Integer> firstLineOfBreach = new HashMap<>();
    int processed;
    int created;
    int skipped;
    int refused;
    int errorsInARow;
    int sinceCommit;

    LdImportRun(long importId, int total, String owner, Set<Integer> recorded) {
        this.importId = importId;
        this.total = total;
        this.owner = owner;
        this.recorded = recorded;
    }

    void notCreated(BreachFile.Line line, Reason reason, String detail) {
        pending.add(LdImportRow.notCreated(importId, line.lineNo(), reason, detail).of(line));
        if (reason.outcome() == Outcome.SKIPPED) {
            skipped++;
        } else {
            refused++;
        }
    }

    LdImportService.Counts counts() {
        return new LdImportService.Counts(importId, total, processed, created, skipped, refused);
    }

    /** Why a run stopped before its last line. */
    static class RunStopped extends RuntimeException {
        RunStopped(String message) {
            super(message);
        }
    }

    /** The application shuts down: the run ends INTERRUPTED, to be resumed. */
    static final class ShutDown extends RunStopped {
        ShutDown(String message) {
            super(message);
        }
    }

    /** The import was marked INTERRUPTED (this node looked dead) and perhaps resumed by another run: stop, write nothing. */
    static final class OwnershipLost extends RunStopped {
        OwnershipLost(long importId) {
            super("Import " + importId + " is no longer this run's: it was marked interrupted or resumed elsewhere.");
        }
    }
}
