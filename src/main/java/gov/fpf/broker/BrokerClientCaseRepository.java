package gov.fpf.broker;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import gov.fpf.casefile.CaseFile;
import gov.fpf.party.ViolationRecord;

interface BrokerClientCaseRepository extends JpaRepository<BrokerClientCase, Long> {

    /** the broker's clients' cases in the given offices, newest first */
    @Query("SELECT c FROM CaseFile c, BrokerClientCase b WHERE b.caseId = c.id AND b.brokerPartyId = :broker"
            + " AND c.officeCode IN :offices ORDER BY c.id DESC")
    List<CaseFile> clientCases(@Param("broker") long brokerPartyId, @Param("offices") Collection<String> offices,
                               Pageable page);

    @Query("SELECT COUNT(c) FROM CaseFile c, BrokerClientCase b WHERE b.caseId = c.id AND b.brokerPartyId = :broker"
            + " AND c.officeCode IN :offices")
    long countClientCases(@Param("broker") long brokerPartyId, @Param("offices") Collection<String> offices);

    /** the records on the parties' histories that came from these cases */
    @Query("SELECT v FROM ViolationRecord v WHERE v.caseNumber IN :caseNumbers")
    List<ViolationRecord> recordsOfCases(@Param("caseNumbers") Collection<String> caseNumbers);

    /** the case numbers of the broker's clients' cases in the given offices (for counting findings over all of them) */
    @Query("SELECT c.caseNumber FROM CaseFile c, BrokerClientCase b WHERE b.caseId = c.id"
            + " AND b.brokerPartyId = :broker AND c.officeCode IN :offices")
    List<String> clientCaseNumbers(@Param("broker") long brokerPartyId, @Param("offices") Collection<String> offices);
}
