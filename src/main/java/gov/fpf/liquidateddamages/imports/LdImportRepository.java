package gov.fpf.liquidateddamages.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LdImportRepository extends JpaRepository<LdImport, Long> {

    /** The imports of these offices, newest first. */
    Page<LdImport> findByOfficeCodeInOrderByStartedAtDescIdDesc(Collection<String> officeCodes, Pageable page);

    /** The import, its row locked until the transaction ends: progress, the end and an interruption take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from LdImport i where i.id = :id")
    Optional<LdImport> lockById(@Param("id") Long id);

    /** The runs of this node are alive: their imports' heartbeat moves on. */
    @Modifying
    @Query("update LdImport i set i.heartbeatAt = :now where i.ownerNode in :owners"
            + " and i.status in (gov.fpf.liquidateddamages.imports.LdImport.Status.QUEUED,"
            + " gov.fpf.liquidateddamages.imports.LdImport.Status.RUNNING)")
    int heartbeat(@Param("owners") Collection<String> owners, @Param("now") Instant now);

    /** Imports under way whose heartbeat stopped before the cutoff: nobody works them any more. */
    @Query("select i.id from LdImport i where i.status in (gov.fpf.liquidateddamages.imports.LdImport.Status.QUEUED,"
            + " gov.fpf.liquidateddamages.imports.LdImport.Status.RUNNING)"
            + " and (i.heartbeatAt is null or i.heartbeatAt < :cutoff) order by i.id")
    List<Long> abandoned(@Param("cutoff") Instant cutoff);
}
