package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The seizure side of a case file: what was seized, where it is kept and at what daily cost, its value and path, the
 * notice and election dates, forfeiture, summary sale, disposition, proceeds and release. Shares its id with the
 * case file.
 */
@Entity
@Table(name = "seizure_case")
public class SeizureCase {

    @Id
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "statute", nullable = false, length = 40)
    private String statute;
    @Column(name = "seizure_date", nullable = false)
    private LocalDate seizureDate;
    @Column(name = "place_of_seizure", length = 200)
    private String placeOfSeizure;
    @Column(name = "cause", length = 2000)
    private String cause;
    @Column(name = "possessor_name", length = 200)
    private String possessorName;
    @Column(name = "appraised_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal appraisedValue;
    @Column(name = "appraisal_basis", length = 1000)
    private String appraisalBasis;
    @Column(name = "perishable", nullable = false)
    private boolean perishable;
    @Column(name = "prohibited", nullable = false)
    private boolean prohibited;
    @Column(name = "counterfeit", nullable = false)
    private boolean counterfeit;
    @Column(name = "drug_conveyance", nullable = false)
    private boolean drugConveyance;
    @Column(name = "monetary_instrument", nullable = false)
    private boolean monetaryInstrument;
    @Column(name = "hazardous", nullable = false)
    private boolean hazardous;
    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;
    @Column(name = "high_risk_reasons", length = 1000)
    private String highRiskReasons;
    @Column(name = "storage_location", length = 200)
    private String storageLocation;
    @Column(name = "daily_storage_rate", precision = 15, scale = 2)
    private BigDecimal dailyStorageRate;
    @Column(name = "projected_storage_cost", precision = 15, scale = 2)
    private BigDecimal projectedStorageCost;
    @Column(name = "photograph_refs", length = 2000)
    private String photographRefs;
    @Column(name = "summary_sale_date")
    private LocalDate summarySaleDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "forfeiture_path", length = 16)
    private ForfeiturePath forfeiturePath;
    @Column(name = "path_citation", length = 200)
    private String pathCitation;
    @Column(name = "cost_bond", precision = 15, scale = 2)
    private BigDecimal costBond;
    @Column(name = "notice_mailed")
    private LocalDate noticeMailed;
    @Column(name = "first_publication")
    private LocalDate firstPublication;
    @Column(name = "publication_ends")
    private LocalDate publicationEnds;
    @Column(name = "petition_due")
    private LocalDate petitionDue;
    @Column(name = "claim_due")
    private LocalDate claimDue;
    @Column(name = "forfeiture_date")
    private LocalDate forfeitureDate;
    @Column(name = "forfeiture_basis", length = 16)
    private String forfeitureBasis;
    @Column(name = "summary_action", length = 16)
    private String summaryAction;
    @Column(name = "summary_approved_by", length = 64)
    private String summaryApprovedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "disposition_method", length = 24)
    private DispositionMethod dispositionMethod;
    @Column(name = "disposition_date")
    private LocalDate dispositionDate;
    @Column(name = "disposer", length = 200)
    private String disposer;
    @Column(name = "recipient_agency", length = 200)
    private String recipientAgency;
    @Column(name = "owner_consent", nullable = false)
    private boolean ownerConsent;
    @Column(name = "witness", length = 200)
    private String witness;
    @Column(name = "certificate_ref", length = 200)
    private String certificateRef;
    @Column(name = "gross_proceeds", precision = 15, scale = 2)
    private BigDecimal grossProceeds;
    @Column(name = "proceeds_petition_due")
    private LocalDate proceedsPetitionDue;
    @Column(name = "released_date")
    private LocalDate releasedDate;
    @Column(name = "release_reason", length = 200)
    private String releaseReason;
    @Column(name = "tm_consent_date")
    private LocalDate trademarkOwnerConsentDate;
    @Column(name = "tm_consent_ref", length = 200)
    private String trademarkOwnerConsentRef;
    @Column(name = "goods_not_unsafe")
    private Boolean goodsNotUnsafe;
    @Column(name = "marks_obliterated")
    private Boolean marksObliterated;
    @Column(name = "obliteration_not_feasible")
    private Boolean obliterationNotFeasible;
    @Column(name = "no_agency_need")
    private Boolean noAgencyNeed;
    @Column(name = "held_proceeds", precision = 15, scale = 2)
    private BigDecimal heldProceeds;
    @Column(name = "held_proceeds_value", precision = 15, scale = 2)
    private BigDecimal heldProceedsValue;
    @Column(name = "proceeds_distributed")
    private LocalDate proceedsDistributed;
    @Column(name = "culpability_1592", length = 16)
    private String culpability1592;
    @Column(name = "dutiable_value_1592", precision = 15, scale = 2)
    private BigDecimal dutiableValue1592;
    @Column(name = "loss_of_revenue_1592", precision = 15, scale = 2)
    private BigDecimal lossOfRevenue1592;
    @Column(name = "maximum_penalty_1592", precision = 15, scale = 2)
    private BigDecimal maximumPenalty1592;
    @Column(name = "final_penalty_1592", precision = 15, scale = 2)
    private BigDecimal finalPenalty1592;
    @Column(name = "penalty_costs_1592", precision = 15, scale = 2)
    private BigDecimal penaltyCosts1592;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SeizureCase() {
    }

    SeizureCase(Long caseId, String statute, LocalDate seizureDate, String placeOfSeizure, String cause,
                String possessorName, BigDecimal appraisedValue, boolean perishable, boolean prohibited,
                boolean counterfeit, boolean drugConveyance, boolean monetaryInstrument,
                BigDecimal projectedStorageCost) {
        this.caseId = caseId;
        this.statute = statute;
        this.seizureDate = seizureDate;
        this.placeOfSeizure = placeOfSeizure;
        this.cause = cause;
        this.possessorName = possessorName;
        this.appraisedValue = appraisedValue;
        this.perishable = perishable;
        this.prohibited = prohibited;
        this.counterfeit = counterfeit;
        this.drugConveyance = drugConveyance;
        this.monetaryInstrument = monetaryInstrument;
        this.projectedStorageCost = projectedStorageCost;
    }

    void custody(String location, BigDecimal dailyRate, boolean hazardous, String photographs) {
        this.storageLocation = location;
        this.dailyStorageRate = dailyRate;
        this.hazardous = hazardous;
        this.photographRefs = photographs;
    }

    void highRisk(boolean highRisk, String reasons) {
        this.highRisk = highRisk;
        this.highRiskReasons = reasons;
    }

    void appraise(BigDecimal value, String basis) {
        this.appraisedValue = value;
        this.appraisalBasis = basis;
    }

    void summarySaleDate(LocalDate date) {
        this.summarySaleDate = date;
    }

    void path(ForfeiturePath path, String citation, BigDecimal costBond) {
        this.forfeiturePath = path;
        this.pathCitation = citation;
        this.costBond = costBond;
    }

    void noticed(LocalDate mailed, LocalDate firstPublication, LocalDate publicationEnds, LocalDate petitionDue,
                 LocalDate claimDue) {
        this.noticeMailed = mailed;
        this.firstPublication = firstPublication;
        this.publicationEnds = publicationEnds;
        this.petitionDue = petitionDue;
        this.claimDue = claimDue;
    }

    /** The actual first publication (19 U.S.C. 1607; 19 CFR 162.45), and the claim period that runs from it (1608). */
    void published(LocalDate firstPublication, LocalDate publicationEnds, LocalDate claimDue) {
        this.firstPublication = firstPublication;
        this.publicationEnds = publicationEnds;
        this.claimDue = claimDue;
    }

    void forfeited(LocalDate date, String basis) {
        this.forfeitureDate = date;
        this.forfeitureBasis = basis;
    }

    void summaryAction(String action, String approvedBy) {
        this.summaryAction = action;
        this.summaryApprovedBy = approvedBy;
    }

    void disposition(DispositionMethod method, String disposer, String recipient, boolean ownerConsent) {
        this.dispositionMethod = method;
        this.disposer = disposer;
        this.recipientAgency = recipient;
        this.ownerConsent = ownerConsent;
    }

    void disposed(LocalDate date, String witness, String certificate, BigDecimal proceeds, LocalDate proceedsDue) {
        this.dispositionDate = date;
        this.witness = witness;
        this.certificateRef = certificate;
        this.grossProceeds = proceeds;
        this.proceedsPetitionDue = proceedsDue;
    }

    void released(LocalDate date, String reason) {
        this.releasedDate = date;
        this.releaseReason = reason;
    }

    void trademarkOwnerConsent(LocalDate date, String reference) {
        this.trademarkOwnerConsentDate = date;
        this.trademarkOwnerConsentRef = reference;
    }

    void counterfeitConditions(Boolean notUnsafe, Boolean obliterated, Boolean notFeasible, Boolean noNeed) {
        this.goodsNotUnsafe = notUnsafe;
        this.marksObliterated = obliterated;
        this.obliterationNotFeasible = notFeasible;
        this.noAgencyNeed = noNeed;
    }

    /** Proceeds of a summary sale held subject to claims (1612(a)), with the value at seizure of the goods sold. */
    void holdProceeds(BigDecimal proceeds, BigDecimal valueOfGoodsSold) {
        this.heldProceeds = proceeds;
        this.heldProceedsValue = valueOfGoodsSold;
    }

    void proceedsDistributed(LocalDate date) {
        this.proceedsDistributed = date;
    }

    void penalty1592(String culpability, BigDecimal dutiableValue, BigDecimal lossOfRevenue, BigDecimal maximum,
                     BigDecimal finalPenalty, BigDecimal costs) {
        this.culpability1592 = culpability;
        this.dutiableValue1592 = dutiableValue;
        this.lossOfRevenue1592 = lossOfRevenue;
        this.maximumPenalty1592 = maximum;
        this.finalPenalty1592 = finalPenalty;
        this.penaltyCosts1592 = costs;
    }

    void storageLocation(String location) {
        this.storageLocation = location;
    }

    void dailyStorageRate(BigDecimal rate) {
        this.dailyStorageRate = rate;
    }

    public Long getCaseId() { return caseId; }
    public String getStatute() { return statute; }
    public LocalDate getSeizureDate() { return seizureDate; }
    public String getPlaceOfSeizure() { return placeOfSeizure; }
    public String getCause() { return cause; }
    public String getPossessorName() { return possessorName; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public String getAppraisalBasis() { return appraisalBasis; }
    public boolean isPerishable() { return perishable; }
    public boolean isProhibited() { return prohibited; }
    public boolean isCounterfeit() { return counterfeit; }
    public boolean isDrugConveyance() { return drugConveyance; }
    public boolean isMonetaryInstrument() { return monetaryInstrument; }
    public boolean isHazardous() { return hazardous; }
    public boolean isHighRisk() { return highRisk; }
    public String getHighRiskReasons() { return highRiskReasons; }
    public String getStorageLocation() { return storageLocation; }
    public BigDecimal getDailyStorageRate() { return dailyStorageRate; }
    public BigDecimal getProjectedStorageCost() { return projectedStorageCost; }
    public String getPhotographRefs() { return photographRefs; }
    public LocalDate getSummarySaleDate() { return summarySaleDate; }
    public ForfeiturePath getForfeiturePath() { return forfeiturePath; }
    public String getPathCitation() { return pathCitation; }
    public BigDecimal getCostBond() { return costBond; }
    public LocalDate getNoticeMailed() { return noticeMailed; }
    public LocalDate getFirstPublication() { return firstPublication; }
    public LocalDate getPublicationEnds() { return publicationEnds; }
    public LocalDate getPetitionDue() { return petitionDue; }
    public LocalDate getClaimDue() { return claimDue; }
    public LocalDate getForfeitureDate() { return forfeitureDate; }
    public String getForfeitureBasis() { return forfeitureBasis; }
    public String getSummaryAction() { return summaryAction; }
    public String getSummaryApprovedBy() { return summaryApprovedBy; }
    public DispositionMethod getDispositionMethod() { return dispositionMethod; }
    public LocalDate getDispositionDate() { return dispositionDate; }
    public String getDisposer() { return disposer; }
    public String getRecipientAgency() { return recipientAgency; }
    public boolean isOwnerConsent() { return ownerConsent; }
    public String getWitness() { return witness; }
    public String getCertificateRef() { return certificateRef; }
    public BigDecimal getGrossProceeds() { return grossProceeds; }
    public LocalDate getProceedsPetitionDue() { return proceedsPetitionDue; }
    public LocalDate getReleasedDate() { return releasedDate; }
    public String getReleaseReason() { return releaseReason; }
    public LocalDate getTrademarkOwnerConsentDate() { return trademarkOwnerConsentDate; }
    public String getTrademarkOwnerConsentRef() { return trademarkOwnerConsentRef; }
    public boolean hasTrademarkOwnerConsent() { return trademarkOwnerConsentDate != null; }
    public Boolean getGoodsNotUnsafe() { return goodsNotUnsafe; }
    public Boolean getMarksObliterated() { return marksObliterated; }
    public Boolean getObliterationNotFeasible() { return obliterationNotFeasible; }
    public Boolean getNoAgencyNeed() { return noAgencyNeed; }
    public BigDecimal getHeldProceeds() { return heldProceeds; }
    public BigDecimal getHeldProceedsValue() { return heldProceedsValue; }
    public LocalDate getProceedsDistributed() { return proceedsDistributed; }
    public String getCulpability1592() { return culpability1592; }
    public BigDecimal getDutiableValue1592() { return dutiableValue1592; }
    public BigDecimal getLossOfRevenue1592() { return lossOfRevenue1592; }
    public BigDecimal getMaximumPenalty1592() { return maximumPenalty1592; }
    public BigDecimal getFinalPenalty1592() { return finalPenalty1592; }
    public BigDecimal getPenaltyCosts1592() { return penaltyCosts1592; }
    public long getVersion() { return version; }
}
