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

    interface ReasonLine {
        LdImportRow.Outcome getOutcome();

        LdImportRow.Reason getReason();

        int getLineNo();
    }
}
