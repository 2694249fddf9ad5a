package gov.fpf.foreignior;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The foreign-IOR entry violation a penalty case charges (one row per such case, written once at intake): the type,
 * the CTPAT facts as answered, the filing broker if known, and the instrument that put the rule in force on the
 * violation date.
 */
@Entity
@Table(name = "penalty_case_foreign_ior")
public class ForeignIorCase {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "violation", nullable = false, length = 48)
    private ForeignIorViolation violation;

    @Column(name = "ctpat_validated_ior")
    private Boolean ctpatValidatedIor;

    @Column(name = "filing_broker_ctpat_validated")
    private Boolean filingBrokerCtpatValidated;

    @Column(name = "filing_broker_party_id")
    private Long filingBrokerPartyId;

    @Column(name = "instrument_citation", nullable = false, length = 100)
    private String instrumentCitation;

    @Column(name = "rule_in_force_from", nullable = false)
    private LocalDate ruleInForceFrom;

    protected ForeignIorCase() {
    }

    ForeignIorCase(Long caseId, ForeignIorViolation violation, Boolean ctpatValidatedIor,
                   Boolean filingBrokerCtpatValidated, Long filingBrokerPartyId, String instrumentCitation,
                   LocalDate ruleInForceFrom) {
        this.caseId = caseId;
        this.violation = violation;
        this.ctpatValidatedIor = ctpatValidatedIor;
        this.filingBrokerCtpatValidated = filingBrokerCtpatValidated;
        this.filingBrokerPartyId = filingBrokerPartyId;
        this.instrumentCitation = instrumentCitation;
        this.ruleInForceFrom = ruleInForceFrom;
    }

    public Long getCaseId() { return caseId; }
    public ForeignIorViolation getViolation() { return violation; }
    public Boolean getCtpatValidatedIor() { return ctpatValidatedIor; }
    public Boolean getFilingBrokerCtpatValidated() { return filingBrokerCtpatValidated; }
    public Long getFilingBrokerPartyId() { return filingBrokerPartyId; }
    public String getInstrumentCitation() { return instrumentCitation; }
    public LocalDate getRuleInForceFrom() { return ruleInForceFrom; }
}
