package gov.fpf.broker;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case whose importer of record used a customs broker names that broker (one broker per case, set at intake). */
@Entity
@Table(name = "broker_client_case")
public class BrokerClientCase {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "broker_party_id", nullable = false)
    private Long brokerPartyId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy;

    protected BrokerClientCase() {
    }

    BrokerClientCase(Long caseId, Long brokerPartyId, Instant linkedAt, String linkedBy) {
        this.caseId = caseId;
        this.brokerPartyId = brokerPartyId;
        this.linkedAt = linkedAt;
        this.linkedBy = linkedBy;
    }

    public Long getCaseId() { return caseId; }
    public Long getBrokerPartyId() { return brokerPartyId; }
    public Instant getLinkedAt() { return linkedAt; }
    public String getLinkedBy() { return linkedBy; }
}
