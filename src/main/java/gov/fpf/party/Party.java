package gov.fpf.party;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import gov.fpf.office.MailingAddress;

/** An importer of record, violator, claimant or other party, with its EO 14411 classification and standing. */
@Entity
@Table(name = "party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 16)
    private PartyKind kind;

    @Column(name = "country_of_organization", length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String countryOfOrganization;

    @Column(name = "us_citizen_or_lpr")
    private Boolean usCitizenOrLpr;

    @Column(name = "principal_place_of_business_us")
    private Boolean principalPlaceOfBusinessUs;

    @Column(name = "significant_us_presence")
    private Boolean significantUsPresence;

    @Column(name = "sufficient_us_assets")
    private Boolean sufficientUsAssets;

    @Column(name = "controlling_owners_us_persons")
    private Boolean controllingOwnersUsPersons;

    @Column(name = "owns_significant_us_real_property")
    private Boolean ownsSignificantUsRealProperty;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ior_class", nullable = false, length = 8)
    private IorClass iorClass;

    /** the classification's reasons, one per line */
    @Column(name = "ior_class_reason", nullable = false, length = 1000)
    private String iorClassReason;

    /**
     * EO 14411 Sec. 2(d): an IOR must keep "good standing" with CBP. The snapshot of the derived standing
     * ({@link PartyStandings}), written only by the recompute (never by an entity update), so a recompute does not move
     * the version a person's change is checked against.
     */
    @Column(name = "good_standing", nullable = false, updatable = false)
    private boolean goodStanding;

    /** the snapshot's reasons (JSON), whether the rule was in force and the day it was derived for */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "standing_reasons", length = 16_777_215, insertable = false, updatable = false)
    private String standingReasons;

    @Column(name = "standing_rule_in_force", insertable = false, updatable = false)
    private boolean standingRuleInForce;

    @Column(name = "standing_assessed_on", insertable = false, updatable = false)
    private java.time.LocalDate standingAssessedOn;

    /** a supervisor's override: good (true) or not (false), null when none */
    @Column(name = "standing_override")
    private Boolean standingOverride;

    @Column(name = "standing_override_reason", length = 1000)
    private String standingOverrideReason;

    @Column(name = "standing_override_until")
    private java.time.LocalDate standingOverrideUntil;

    @Column(name = "standing_override_by", length = 64)
    private String standingOverrideBy;

    @Column(name = "standing_override_at")
    private Instant standingOverrideAt;

    @Column(name = "standing_note", length = 1000)
    private String standingNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** Where notices to the party are mailed; null for parties recorded before addresses were kept. */
    @Embedded
    private MailingAddress address;

    /** the risk tier last computed (EO 14411 Sec. 2(e)); null until the party is scored */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "risk_tier", length = 8)
    private RiskTier riskTier;

    /** what the party does in the import trade (EO 14411 Sec. 2(f)) */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "party_role",
            joinColumns = @jakarta.persistence.JoinColumn(name = "party_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private java.util.Set<PartyRole> roles = java.util.EnumSet.noneOf(PartyRole.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Party() {
    }

    Party(String name, IorFacts facts, IorClassifier.Classification classification, Instant createdAt, String createdBy) {
        this.name = name;
        this.kind = facts.kind();
        this.countryOfOrganization = facts.countryOfOrganization();
        this.usCitizenOrLpr = facts.usCitizenOrLpr();
        this.principalPlaceOfBusinessUs = facts.principalPlaceOfBusinessUs();
        this.significantUsPresence = facts.significantUsPresence();
        this.sufficientUsAssets = facts.sufficientUsAssets();
        this.controllingOwnersUsPersons = facts.controllingOwnersUsPersons();
        this.ownsSignificantUsRealProperty = facts.ownsSignificantUsRealProperty();
        this.iorClass = classification.iorClass();
        this.iorClassReason = String.join("\n", classification.reasons());
        this.goodStanding = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** keeps the entity in line with the snapshot the recompute wrote with SQL */
    void snapshot(boolean goodStanding, String reasonsJson, boolean ruleInForce, java.time.LocalDate assessedOn) {
        this.goodStanding = goodStanding;
        this.standingReasons = reasonsJson;
        this.standingRuleInForce = ruleInForce;
        this.standingAssessedOn = assessedOn;
    }

    void override(Boolean good, String reason, java.time.LocalDate until, String by, Instant at) {
        this.standingOverride = good;
        this.standingOverrideReason = reason;
        this.standingOverrideUntil = until;
        this.standingOverrideBy = by;
        this.standingOverrideAt = at;
    }

    /** the override in force on the date, if any */
    public java.util.Optional<StandingOverride> overrideOn(java.time.LocalDate on) {
        if (standingOverride == null || standingOverrideUntil != null && standingOverrideUntil.isBefore(on)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(getOverride());
    }

    /** the override recorded (it may have expired), or null */
    public StandingOverride getOverride() {
        return standingOverride == null ? null : new StandingOverride(standingOverride, standingOverrideReason,
                standingOverrideUntil, standingOverrideBy, standingOverrideAt);
    }

    /** A supervisor's recorded standing: it wins over the derivation through {@code until} (null: until cleared). */
    public record StandingOverride(boolean goodStanding, String reason, java.time.LocalDate until, String by, Instant at) {
    }

    /** the derived snapshot's reasons, as JSON (null before the first derivation) */
    public String getStandingReasonsJson() {
        return standingReasons;
    }

    public boolean isStandingRuleInForce() {
        return standingRuleInForce;
    }

    public java.time.LocalDate getStandingAssessedOn() {
        return standingAssessedOn;
    }

    public IorFacts facts() {
        return new IorFacts(kind, usCitizenOrLpr, countryOfOrganization, principalPlaceOfBusinessUs, significantUsPresence,
                sufficientUsAssets, controllingOwnersUsPersons, ownsSignificantUsRealProperty);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartyKind getKind() {
        return kind;
    }

    public IorClass getIorClass() {
        return iorClass;
    }

    public List<String> getIorClassReasons() {
        return List.of(iorClassReason.split("\n"));
    }

    /** the derived standing (EO 14411 Sec. 2(d)) as last recomputed; true while the rule is not in force */
    public boolean isGoodStanding() {
        return goodStanding;
    }

    /** the note of the manual flag recorded before standing was derived (V32 made it an override) */
    public String getStandingNote() {
        return standingNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public MailingAddress getAddress() {
        return address == null || address.line1() == null ? null : address;
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    void changeRiskTier(RiskTier riskTier) {
        this.riskTier = riskTier;
    }


    public java.util.Set<PartyRole> getRoles() {
        return roles.isEmpty() ? java.util.EnumSet.noneOf(PartyRole.class) : java.util.EnumSet.copyOf(roles);
    }

    public boolean hasRole(PartyRole role) {
        return roles.contains(role);
    }

    void changeRoles(java.util.Set<PartyRole> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changeAddress(MailingAddress address) {
        this.address = address;
    }
}
