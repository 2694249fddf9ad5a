package gov.fpf.casenotes;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only. */
interface CaseNoteRepository extends Repository<CaseNote, Long> {

    CaseNote save(CaseNote note);

    List<CaseNote> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
