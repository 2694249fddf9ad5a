package gov.fpf.casenotes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Append and read only. */
interface CaseAttachmentRepository extends Repository<CaseAttachment, Long> {

    CaseAttachment save(CaseAttachment attachment);

    Optional<CaseAttachment> findByIdAndCaseId(Long id, Long caseId);

    List<CaseAttachment> findByCaseIdOrderByUploadedAtAscIdAsc(Long caseId);
}
