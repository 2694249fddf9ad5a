package gov.fpf.bond;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.party.IorClass;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

@Service
public class BondService {

    private final BondRepository bonds;
    private final PartyService parties;
    private final AuditLog auditLog;
    private final Clock clock;
    private final EoRules eoRules;

    BondService(BondRepository bonds, PartyService parties, AuditLog auditLog, Clock clock, EoRules eoRules) {
        this.eoRules = eoRules;
        this.bonds = bonds;
        this.parties = parties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record NewBond(String bondNumber, long principalPartyId, String suretyName, BondType type,
                          BondActivity activity, BigDecimal amount, LocalDate effectiveDate,
                          boolean foreignContinuousPermitted, String permitReference) {
    }

    @Transactional
    public Bond create(NewBond request) {
        Party principal;
        try {
            principal = parties.get(request.principalPartyId());
        } catch (Problems.NotFound unknown) {
            throw new Problems.InvalidInput("principalPartyId: there is no party with id " + request.principalPartyId()
                    + ". Create the principal with POST /api/v1/parties first.");
        }
        if (request.foreignContinuousPermitted() && (request.permitReference() == null || request.permitReference().isBlank())) {
            throw new Problems.InvalidInput("permitReference: name CBP's permission (decision or letter) when"
                    + " foreignContinuousPermitted is true.");
        }
        if (request.bondNumber() != null && bonds.existsByBondNumber(request.bondNumber())) {
            throw new Problems.Conflict("Bond number " + request.bondNumber() + " is already recorded.");
        }
        LocalDate effective = request.effectiveDate() != null ? request.effectiveDate()
                : BusinessDay.today(clock);
        String eoNote = foreignContinuousBondRule(principal, request, effective);
        Bond unsaved = new Bond(request.bondNumber(), principal.getId(), request.suretyName().strip(),
                request.type(), request.activity(), request.amount(), effective, request.foreignContinuousPermitted(),
                request.permitReference(), clock.instant(), CurrentUser.id());
        unsaved.eoNote(eoNote);
        Bond bond = bonds.save(unsaved);
        auditLog.entityEvent("BOND", bond.getId().toString(), "BOND_RECORDED",
                request.type() + " " + request.activity() + " bond of $" + request.amount().toPlainString() + " for "
                        + principal.getName() + " (" + principal.getIorClass() + " IOR), surety " + bond.getSuretyName()
                        + (request.foreignContinuousPermitted() ? "; foreign IOR continuous bond permitted by CBP: "
                        + request.permitReference() : "") + (eoNote == null ? "" : "; " + eoNote), null);
        return bond;
    }

    /**
     * EO 14411 Sec. 2(c)(i)(1): a foreign IOR may not rely on a continuous bond for formal entry under 19 U.S.C. 1484
     * (activity 1, importation and entry) unless CBP permits it, from the effective date of the instrument that puts
     * the rule in force. A bond governed by it (activity 1, taking effect on or after that date, no recorded
     * permission) is refused (422). Every other bond is recorded: other activities, and activity-1 bonds that took
     * effect before the instrument (they are flagged: from its date they may not be relied on for new entries
     * without CBP's permission), so claims against bonds that exist can always be opened.
     *
     * @return the note to record with the bond, or null
     */
    private String foreignContinuousBondRule(Party principal, NewBond request, LocalDate effective) {
        if (request.type() != BondType.CONTINUOUS || principal.getIorClass() != IorClass.FOREIGN
                || request.foreignContinuousPermitted() || request.activity() != BondActivity.IMPORTATION_AND_ENTRY) {
            return null;
        }
        java.util.Optional<EoRuleSource.InForce> governs = eoRules.inForce(EoRule.FOREIGN_IOR_CONTINUOUS_BOND, effective);
        if (governs.isPresent()) {
            throw new Problems.RuleViolation("Principal " + principal.getName() + " is a foreign IOR, who may not rely"
                    + " on a continuous bond for formal entry (activity 1) taking effect on or after "
                    + governs.get().effectiveDate() + " (" + governs.get().title() + ") unless CBP has permitted it on a"
                    + " showing that the revenue is fully protected and compliance assured. Use a single-transaction"
                    + " bond, or record CBP's permission (foreignContinuousPermitted and permitReference).",
                    governs.get().citation());
        }
        return eoRules.inForce(EoRule.FOREIGN_IOR_CONTINUOUS_BOND, java.time.LocalDate.MAX)
                .map(first -> "NON-COMPLIANT from " + first.effectiveDate() + ": continuous bond of a foreign IOR for"
                        + " formal entry, taking effect " + effective + ", before " + first.title() + " ("
                        + first.citation() + "); recorded, and claims against it stand, but from that date it may not"
                        + " be relied on for new entries without CBP's permission")
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public Bond get(long id) {
        return bonds.findById(id).orElseThrow(() -> new Problems.NotFound("No bond with id " + id + "."));
    }

    @Transactional(readOnly = true)
    public List<Bond> ofPrincipal(long partyId) {
        return bonds.findByPrincipalPartyIdOrderByIdAsc(partyId);
    }

    /**
     * The bond locked for a new charge against it (the caller's transaction holds the lock), so two claims opened at
     * once cannot both see the same remaining coverage.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public java.util.Optional<Bond> lockForCharge(long id) {
        return bonds.lockById(id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Bond> byNumber(String bondNumber) {
        return bonds.findByBondNumber(bondNumber);
    }
}
