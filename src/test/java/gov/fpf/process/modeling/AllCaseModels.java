package gov.fpf.process.modeling;

import java.util.List;
import java.util.Set;

import gov.fpf.liquidateddamages.LiquidatedDamagesClaimModel;
import gov.fpf.mitigation.PetitionReviewModel;
import gov.fpf.penalty.PenaltyCaseModel;
import gov.fpf.process.engine.CaseModel;
import gov.fpf.referral.ReferralFollowUpModel;
import gov.fpf.seizure.SeizureForfeitureModel;

/** The families' models as the running application lists them (one bean each), for tests without a Spring context. */
public final class AllCaseModels {

    public static final List<CaseModel> MODELS = List.of(new PenaltyCaseModel(), new PetitionReviewModel(),
            new LiquidatedDamagesClaimModel(), new SeizureForfeitureModel(), new ReferralFollowUpModel(),
            new gov.fpf.confidentiality.ConfidentialityReviewModel());

    private AllCaseModels() {
    }

    /** Every date a timer may wait on. */
    public static Set<String> dueDates() {
        return DomainDueDates.of(MODELS);
    }
}
