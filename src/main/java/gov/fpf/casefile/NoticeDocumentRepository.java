package gov.fpf.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NoticeDocumentRepository extends JpaRepository<NoticeDocument, Long> {

    /** The versions of a notice without their bytes, oldest first. */
    @Query("select new gov.fpf.casefile.NoticeDocuments$Version(d.version, d.reason, d.sha256, d.sizeBytes,"
            + " d.addresseeAddressOnFile, d.issuedAt, d.issuedBy) from NoticeDocument d where d.noticeId = :noticeId"
            + " order by d.version")
    List<NoticeDocuments.Version> versions(Long noticeId);

    Optional<NoticeDocument> findByNoticeIdAndVersion(Long noticeId, int version);

    Optional<NoticeDocument> findFirstByNoticeIdOrderByVersionDesc(Long noticeId);
}
