package gov.fpf.liquidateddamages.imports;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LdImportRowRepository extends JpaRepository<LdImportRow, Long> {

    Page<LdImportRow> findByImportIdOrderByLineNoAsc(Long importId, Pageable page);

    Page<LdImportRow> findByImportIdAndOutcomeOrderByLineNoAsc(Long importId, LdImportRow.Outcome outcome, Pageable page);

    /** The skipped and refused lines of an import, for the summary's groups by reason. */
    @Query("select r.outcome as outcome, r.reasonCode as reason, r.lineNo as lineNo from LdImportRow r"
            + " where r.importId = :importId and r.outcome <> gov.fpf.liquidateddamages.imports.LdImportRow.Outcome.CREATED"
            + " order by r.lineNo")
    List<ReasonLine> notCreatedLines(@Param("importId") Long importId);

    /** How many lines of the import have each outcome (a line is counted once, whatever happened to it). */
    @Query("select r.outcome as outcome, count(distinct r.lineNo) as lines from LdImportRow r"
            + " where r.importId = :importId group by r.outcome")
    List<OutcomeCount> countByOutcome(@Param("importId") Long importId);

    /** The lines of the import whose outcome is stored: a resumed run does not work them again. */
    @Query("select distinct r.lineNo from LdImportRow r where r.importId = :importId")
    List<Integer> recordedLines(@Param("importId") Long importId);

    interface OutcomeCount {
        LdImportRow.Outcome getOutcome();

        long getLines();
    }

    interface ReasonLine {
        LdImportRow.Outcome getOutcome();

        LdImportRow.Reason getReason();

        int getLineNo();
    }
}
