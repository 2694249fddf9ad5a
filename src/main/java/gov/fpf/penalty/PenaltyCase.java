package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyStatute;

/** The facts of a penalty case (one row per case file of the PENALTY family) and where its notices stand. */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "statute", nullable = false, length = 8)
    private PenaltyStatute statute;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "culpability", length = 24)
    private Culpability culpability;

    @Column(name = "violation_date", nullable = false)
    private LocalDate violationDate;

    @Column(name = "discovery_date", nullable = false)
    private LocalDate discoveryDate;

    @Column(name = "dutiable_value", precision = 15, scale = 2)
    private BigDecimal dutiableValue;

    @Column(name = "domestic_value", precision = 15, scale = 2)
    private BigDecimal domesticValue;

    @Column(name = "loss_of_revenue", precision = 15, scale = 2)
    private BigDecimal lossOfRevenue;

    @Column(name = "commercial", nullable = false)
    private boolean commercial;

    @Column(name = "prior_disclosure", nullable = false)
    private boolean priorDisclosure;

    @Column(name = "prior_disclosure_interest", precision = 15, scale = 2)
    private BigDecimal priorDisclosureInterest;

    @Column(name = "msrp_value", precision = 15, scale = 2)
    private BigDecimal msrpValue;

    @Column(name = "prior_counterfeit_seizures")
    private Integer priorCounterfeitSeizures;

    @Column(name = "article_value", precision = 15, scale = 2)
    private BigDecimal articleValue;

    @Column(name = "broker_violations")
    private Integer brokerViolations;

    @Column(name = "unlicensed_transactions")
    private Integer unlicensedTransactions;

    @Column(name = "licensed_broker")
    private Boolean licensedBroker;

    @Column(name = "merchandise_description", length = 1000)
    private String merchandiseDescription;

    /** the entry numbers, comma separated (an entry number has no comma); any number of them */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "entry_number_list", length = 16_777_215)
    private String entryNumbers;

    @Column(name = "material_facts", length = 4000)
    private String materialFacts;

    @Column(name = "sol_date", nullable = false)
    private LocalDate solDate;

    @Column(name = "proposed_amount", precision = 15, scale = 2)
    private BigDecimal proposedAmount;

    @Column(name = "proposal_rationale", length = 2000)
    private String proposalRationale;

    @Column(name = "ppn_required")
    private Boolean ppnRequired;

    @Column(name = "ppn_mailed_date")
    private LocalDate ppnMailedDate;

    @Column(name = "representations_outcome", length = 24)
    private String representationsOutcome;

    @Column(name = "notice_mailed_date")
    private LocalDate noticeMailedDate;

    @Column(name = "disclosure_date")
    private LocalDate disclosureDate;

    @Column(name = "lor_notice_date")
    private LocalDate lorNoticeDate;

    @Column(name = "tender_date")
    private LocalDate tenderDate;

    @Column(name = "tender_amount", precision = 15, scale = 2)
    private BigDecimal tenderAmount;

    @Column(name = "prior_seizures_on_record")
    private Integer priorSeizuresOnRecord;

    @Column(name = "prior_seizures_added_reason", length = 2000)
    private String priorSeizuresAddedReason;

    @Column(name = "prior_seizures_added_by", length = 64)
    private String priorSeizuresAddedBy;

    /** 1641 broker case: the conduct EO 14411 Sec. 4(a) names, or 1641(i)(3) identity verification; null otherwise */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "broker_conduct", length = 32)
    private BrokerConduct brokerConduct;

    /** the basis of the amount the notices print when an EO rule set it (the maximum, or per violation); else null */
    @Column(name = "broker_basis", length = 600)
    private String brokerBasis;

    protected PenaltyCase() {
    }

    PenaltyCase(Long caseId, PenaltyFacts f, String merchandiseDescription, String entryNumbers, String materialFacts,
                LocalDate solDate) {
        this.caseId = caseId;
        this.statute = f.statute();
        this.culpability = f.culpability();
        this.violationDate = f.violationDate();
        this.discoveryDate = f.discoveryDate();
        this.dutiableValue = f.dutiableValue();
        this.domesticValue = f.domesticValue();
        this.lossOfRevenue = f.lossOfRevenue();
        this.commercial = f.commercial();
        this.priorDisclosure = f.priorDisclosure();
        this.priorDisclosureInterest = f.priorDisclosureInterest();
        this.msrpValue = f.msrpValue();
        this.priorCounterfeitSeizures = f.priorCounterfeitSeizures();
        this.articleValue = f.articleValue();
        this.brokerViolations = f.brokerViolations();
        this.unlicensedTransactions = f.unlicensedTransactions();
        this.licensedBroker = f.licensedBroker();
        this.merchandiseDescription = merchandiseDescription;
        this.entryNumbers = entryNumbers;
        this.materialFacts = materialFacts;
        this.solDate = solDate;
        PenaltyFacts.Tender t = f.tenderOrNone();
        this.disclosureDate = t.disclosureDate();
        this.lorNoticeDate = t.calculationNoticeDate();
        this.tenderDate = t.tenderDate();
        this.tenderAmount = t.tenderAmount();
        this.brokerConduct = f.brokerConduct();
    }

    /** 1526(f): the earlier seizures the party's record shows, and what an officer added beyond it (who and why). */
    void seizureHistory(int onRecord, String addedReason, String addedBy) {
        this.priorSeizuresOnRecord = onRecord;
        this.priorSeizuresAddedReason = addedReason;
        this.priorSeizuresAddedBy = addedBy;
    }

    public PenaltyFacts facts() {
        return new PenaltyFacts(statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue,
                lossOfRevenue, commercial, priorDisclosure, priorDisclosureInterest, msrpValue,
                priorCounterfeitSeizures == null ? 0 : priorCounterfeitSeizures, articleValue,
                brokerViolations == null ? 0 : brokerViolations, unlicensedTransactions == null ? 0 : unlicensedTransactions,
                Boolean.TRUE.equals(licensedBroker), new PenaltyFacts.Tender(disclosureDate, lorNoticeDate, tenderDate,
                tenderAmount), brokerConduct);
    }

    /** The entry numbers as a list, in the order entered. */
    public java.util.List<String> entryNumberList() {
        if (entryNumbers == null || entryNumbers.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(entryNumbers.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    void propose(Culpability confirmedCulpability, BigDecimal amount, String rationale, boolean ppnRequired) {
        if (confirmedCulpability != null) {
            this.culpability = confirmedCulpability;
        }
        this.proposedAmount = amount;
        this.proposalRationale = rationale;
        this.ppnRequired = ppnRequired;
    }

    /** the basis of the amount the notices state (EO 14411 Sec. 4(a) or 1641(i)(3)); null when no such rule set it */
    void brokerBasis(String basis) {
        this.brokerBasis = basis == null || basis.length() <= 600 ? basis : basis.substring(0, 597) + "...";
    }

    void ppnMailed(LocalDate date) {
        this.ppnMailedDate = date;
    }

    void representationsReviewed(String outcome, BigDecimal amount) {
        this.representationsOutcome = outcome;
        if (amount != null) {
            this.proposedAmount = amount;
        }
    }

    void noticeMailed(LocalDate date) {
        this.noticeMailedDate = date;
    }

    void extendStatuteOfLimitations(LocalDate newDate) {
        this.solDate = newDate;
    }

    public Long getCaseId() { return caseId; }
    public PenaltyStatute getStatute() { return statute; }
    public Culpability getCulpability() { return culpability; }
    public LocalDate getViolationDate() { return violationDate; }
    public LocalDate getDiscoveryDate() { return discoveryDate; }
    public BigDecimal getLossOfRevenue() { return lossOfRevenue; }
    public boolean isCommercial() { return commercial; }
    public String getMerchandiseDescription() { return merchandiseDescription; }
    public String getEntryNumbers() { return entryNumbers; }
    public String getMaterialFacts() { return materialFacts; }
    public LocalDate getSolDate() { return solDate; }
    public BigDecimal getProposedAmount() { return proposedAmount; }
    public String getProposalRationale() { return proposalRationale; }
    public Boolean getPpnRequired() { return ppnRequired; }
    public LocalDate getPpnMailedDate() { return ppnMailedDate; }
    public String getRepresentationsOutcome() { return representationsOutcome; }
    public LocalDate getNoticeMailedDate() { return noticeMailedDate; }
    public Integer getPriorSeizuresOnRecord() { return priorSeizuresOnRecord; }
    public String getPriorSeizuresAddedReason() { return priorSeizuresAddedReason; }
    public String getPriorSeizuresAddedBy() { return priorSeizuresAddedBy; }
    public BrokerConduct getBrokerConduct() { return brokerConduct; }
    public String getBrokerBasis() { return brokerBasis; }
}
