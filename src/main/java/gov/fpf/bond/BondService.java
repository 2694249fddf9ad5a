package gov.fpf.bond;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.AuditLog;
import gov.fpf.party.IorClass;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.BusinessDay;

@Service
public class BondService {

    static final String FOREIGN_CONTINUOUS_BOND_CITATION = "EO 14411 Sec. 2(c)(i)(1)";

    private final BondRepository bonds;
    private final PartyService parties;
    private final AuditLog auditLog;
    private final Clock clock;

    BondService(BondRepository bonds, PartyService parties, AuditLog auditLog, Clock clock) {
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
        if (request.type() == BondType.CONTINUOUS && principal.getIorClass() == IorClass.FOREIGN
                && !request.foreignContinuousPermitted()) {
            throw new Problems.RuleViolation("Principal " + principal.getName() + " is a foreign IOR, who may not rely on a"
                    + " continuous bond unless CBP has permitted it on a showing that the revenue is fully protected and"
                    + " compliance assured. Use a single-transaction bond, or record CBP's permission"
                    + " (foreignContinuousPermitted and permitReference).", FOREIGN_CONTINUOUS_BOND_CITATION);
        }
        if (request.bondNumber() != null && bonds.existsByBondNumber(request.bondNumber())) {
            throw new Problems.Conflict("Bond number " + request.bondNumber() + " is already recorded.");
        }
        LocalDate effective = request.effectiveDate() != null ? request.effectiveDate()
                : BusinessDay.today(clock);
        Bond bond = bonds.save(new Bond(request.bondNumber(), principal.getId(), request.suretyName().strip(),
                request.type(), request.activity(), request.amount(), effective, request.foreignContinuousPermitted(),
                request.permitReference(), clock.instant(), CurrentUser.id()));
        auditLog.entityEvent("BOND", bond.getId().toString(), "BOND_RECORDED",
                request.type() + " " + request.activity() + " bond of $" + request.amount().toPlainString() + " for "
                        + principal.getName() + " (" + principal.getIorClass() + " IOR), surety " + bond.getSuretyName()
                        + (request.foreignContinuousPermitted() ? "; foreign IOR continuous bond permitted by CBP: "
                        + request.permitReference() : ""), null);
        return bond;
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
