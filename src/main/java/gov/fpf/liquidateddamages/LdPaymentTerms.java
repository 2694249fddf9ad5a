package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.PaymentTerms;
import gov.fpf.mitigation.PetitionRepository;

/** What a payment must reach to settle a liquidated-damages claim (the Option 1 sum within its 60 days). */
@Component
class LdPaymentTerms implements PaymentTerms {

    private final LdClaimRepository claims;
    private final PetitionRepository petitions;

    LdPaymentTerms(LdClaimRepository claims, PetitionRepository petitions) {
        this.claims = claims;
        this.petitions = petitions;
    }

    @Override
    public CaseFamily family() {
        return CaseFamily.LIQUIDATED_DAMAGES;
    }

    /**
     * The decided amount once there is a decision; before it, the Option 1 sum when paid within its 60 days and no
     * petition was filed; otherwise the claim.
     */
    @Override
    public BigDecimal amountDue(CaseFile caseFile, LocalDate paidDate) {
        if (caseFile.getDecidedAmount() != null) {
            return caseFile.getDecidedAmount();
        }
        LdClaim claim = claims.ofCase(caseFile);
        if (claim.getOptionOneAmount() != null && claim.getOptionOneDue() != null
                && !paidDate.isAfter(claim.getOptionOneDue())
                && petitions.findByCaseIdOrderByIdAsc(caseFile.getId()).isEmpty()) {
            return claim.getOptionOneAmount();
        }
        return claim.getClaimAmount();
    }

    @Override
    public String defaultPayer() {
        return LdCaseService.PRINCIPAL;
    }
}
