package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The liquidated-damages side of a case file: the breach as reported, what the rules computed, the charge the claim
 * makes against the bond (open until paid or cancelled, 19 CFR 113.51) and the dates of the surety and referral
 * phases. Shares its id with the case file.
 */
@Entity
@Table(name = "ld_claim")
public class LdClaim {

    /** The claim's charge against the bond's limit of liability. */
    public enum Charge {
        /** counts against the bond's remaining coverage */
        OPEN,
        /** paid or cancelled: the charge is cancelled and the coverage restored (19 CFR 113.51) */
        CANCELLED,
        /** nothing was left of the bond to charge */
        NONE
    }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "bond_id", nullable = false)
    private Long bondId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "breach", nullable = false, length = 40)
    private LdBreach breach;

    @Column(name = "breach_date", nullable = false)
    private LocalDate breachDate;

    @Column(name = "liability_accrued_date", nullable = false)
    private LocalDate liabilityAccruedDate;

    @Column(name = "entry_number", length = 32)
    private String entryNumber;

    @Column(name = "merchandise_value", precision = 15, scale = 2)
    private BigDecimal merchandiseValue;

    @Column(name = "restricted", nullable = false)
    private boolean restricted;

    @Column(name = "withheld_duty", precision = 15, scale = 2)
    private BigDecimal withheldDuty;

    @Column(name = "unpaid_duties", precision = 15, scale = 2)
    private BigDecimal unpaidDuties;

    @Column(name = "estimated_duties", precision = 15, scale = 2)
    private BigDecimal estimatedDuties;

    @Column(name = "estimated_fees", precision = 15, scale = 2)
    private BigDecimal estimatedFees;

    @Column(name = "tib_subheading", length = 12)
    private String tibSubheading;

    @Column(name = "days_late", nullable = false)
    private int daysLate;

    @Column(name = "defaults_count", nullable = false)
    private int defaults;

    @Column(name = "first_violation", nullable = false)
    private boolean firstViolation;

    @Column(name = "computed_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal computedAmount;

    @Column(name = "claim_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimAmount;

    @Column(name = "exceeds_coverage", nullable = false)
    private boolean exceedsCoverage;

    @Column(name = "guideline_formula", length = 40)
    private String guidelineFormula;

    @Column(name = "guideline_unverified", nullable = false)
    private boolean guidelineUnverified;

    @Column(name = "guideline_low", precision = 15, scale = 2)
    private BigDecimal guidelineLow;

    @Column(name = "guideline_high", precision = 15, scale = 2)
    private BigDecimal guidelineHigh;

    @Column(name = "option_one_amount", precision = 15, scale = 2)
    private BigDecimal optionOneAmount;

    @Column(name = "option_one_due")
    private LocalDate optionOneDue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "charge_status", nullable = false, length = 16)
    private Charge charge;

    @Column(name = "charge_closed_date")
    private LocalDate chargeClosedDate;

    @Column(name = "claim_mailed_date")
    private LocalDate claimMailedDate;

    @Column(name = "surety_demand_date")
    private LocalDate suretyDemandDate;

    @Column(name = "surety_petition_due")
    private LocalDate suretyPetitionDue;

    @Column(name = "referral_date")
    private LocalDate referralDate;

    @Column(name = "breach_key", nullable = false, length = 200)
    private String breachKey;

    @Column(name = "import_id")
    private Long importId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LdClaim() {
    }

    LdClaim(Long caseId, Long bondId, LdFacts facts, String entryNumber, String breachKey, Long importId) {
        this.caseId = caseId;
        this.bondId = bondId;
        this.breach = facts.breach();
        this.breachDate = facts.breachDate();
        this.liabilityAccruedDate = facts.breachDate();
        this.entryNumber = entryNumber;
        this.merchandiseValue = facts.merchandiseValue();
        this.restricted = facts.restricted();
        this.withheldDuty = facts.withheldDuty();
        this.unpaidDuties = facts.unpaidDuties();
        this.estimatedDuties = facts.estimatedDuties();
        this.estimatedFees = facts.estimatedFees();
        this.tibSubheading = facts.tibSubheading();
        this.daysLate = facts.daysLate();
        this.defaults = facts.defaults();
        this.firstViolation = facts.firstViolation();
        this.breachKey = breachKey;
        this.importId = importId;
        this.charge = Charge.NONE;
        this.computedAmount = BigDecimal.ZERO;
        this.claimAmount = BigDecimal.ZERO;
    }

    void claim(BigDecimal computed, BigDecimal claim, boolean exceeds) {
        this.computedAmount = computed;
        this.claimAmount = claim;
        this.exceedsCoverage = exceeds;
        this.charge = claim.signum() > 0 ? Charge.OPEN : Charge.NONE;
    }

    void guideline(String formula, boolean unverified, BigDecimal low, BigDecimal high, BigDecimal optionOne) {
        this.guidelineFormula = formula;
        this.guidelineUnverified = unverified;
        this.guidelineLow = low;
        this.guidelineHigh = high;
        this.optionOneAmount = optionOne;
    }

    void mailed(LocalDate mailed, LocalDate optionOneDue, LocalDate referralDate) {
        this.claimMailedDate = mailed;
        this.optionOneDue = optionOneAmount == null ? null : optionOneDue;
        this.referralDate = referralDate;
    }

    void demandOnSurety(LocalDate demand, LocalDate suretyDue, LocalDate referralDate) {
        this.suretyDemandDate = demand;
        this.suretyPetitionDue = suretyDue;
        this.referralDate = referralDate;
    }

    void cancelCharge(LocalDate on) {
        if (charge == Charge.OPEN) {
            this.charge = Charge.CANCELLED;
            this.chargeClosedDate = on;
        }
    }

    public LdFacts facts(gov.fpf.bond.Bond bond) {
        return new LdFacts(breach, breachDate, bond.getType(), bond.getAmount(), merchandiseValue, restricted,
                withheldDuty, unpaidDuties, estimatedDuties, daysLate, defaults, firstViolation, estimatedFees,
                tibSubheading);
    }

    public Long getCaseId() { return caseId; }
    public Long getBondId() { return bondId; }
    public LdBreach getBreach() { return breach; }
    public LocalDate getBreachDate() { return breachDate; }
    public LocalDate getLiabilityAccruedDate() { return liabilityAccruedDate; }
    public String getEntryNumber() { return entryNumber; }
    public BigDecimal getMerchandiseValue() { return merchandiseValue; }
    public boolean isRestricted() { return restricted; }
    public BigDecimal getWithheldDuty() { return withheldDuty; }
    public int getDaysLate() { return daysLate; }
    public boolean isFirstViolation() { return firstViolation; }
    public BigDecimal getComputedAmount() { return computedAmount; }
    public BigDecimal getClaimAmount() { return claimAmount; }
    public boolean isExceedsCoverage() { return exceedsCoverage; }
    public String getGuidelineFormula() { return guidelineFormula; }
    public boolean isGuidelineUnverified() { return guidelineUnverified; }
    public BigDecimal getGuidelineLow() { return guidelineLow; }
    public BigDecimal getGuidelineHigh() { return guidelineHigh; }
    public BigDecimal getOptionOneAmount() { return optionOneAmount; }
    public LocalDate getOptionOneDue() { return optionOneDue; }
    public Charge getCharge() { return charge; }
    public LocalDate getChargeClosedDate() { return chargeClosedDate; }
    public LocalDate getClaimMailedDate() { return claimMailedDate; }
    public LocalDate getSuretyDemandDate() { return suretyDemandDate; }
    public LocalDate getSuretyPetitionDue() { return suretyPetitionDue; }
    public LocalDate getReferralDate() { return referralDate; }
    public String getBreachKey() { return breachKey; }
    public Long getImportId() { return importId; }
    public long getVersion() { return version; }
}
