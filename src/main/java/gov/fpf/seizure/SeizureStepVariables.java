package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureForfeitureProcess.*;

import java.util.HashMap;
import java.util.Map;

/**
 * The one place where the results of {@link SeizureSteps} become process variables, under the names the model
 * reads ({@link SeizureForfeitureProcess}). A null result or component is left unset, so a delegate's check of the keys the
 * model needs next still names what is missing.
 */
final class SeizureStepVariables {

    private SeizureStepVariables() {
    }

    static Map<String, Object> of(SeizureSteps.CustodyRecorded r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_SUMMARY_SALE_DATE, r.summarySaleDate());
    }

    static Map<String, Object> of(SeizureSteps.Appraised r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_APPRAISED_VALUE, r.appraisedValue(), VAR_ADMINISTRATIVE_LIMIT, r.administrativeLimit(),
                VAR_PROHIBITED, r.prohibited(), VAR_DRUG_CONVEYANCE, r.drugConveyance(),
                VAR_MONETARY_INSTRUMENT, r.monetaryInstrument(), VAR_COUNTERFEIT, r.counterfeit(),
                VAR_SUMMARY_SALE_DATE, r.summarySaleDate());
    }

    static Map<String, Object> of(SeizureSteps.PathRecorded r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_COST_BOND_AMOUNT, r.costBondAmount());
    }

    static Map<String, Object> of(SeizureSteps.NoticeIssued r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_PETITION_DUE_DATE, r.petitionDueDate(), VAR_ELECTION_DUE_DATE, r.electionDueDate(),
                VAR_CAFRA_NOTICE_TIMELY, r.cafraNoticeTimely(), VAR_CLAIM_DUE_DATE, r.claimDueDate());
    }

    static Map<String, Object> of(SeizureSteps.PetitionReceived r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_PETITION_TIMELY, r.petitionTimely());
    }

    static Map<String, Object> of(SeizureSteps.Decision r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_REMITTED, r.remitted(), VAR_DECISION_VALID_UNTIL, r.decisionValidUntil(),
                VAR_SUPPLEMENTAL_PETITION_DUE_DATE, r.supplementalPetitionDueDate());
    }

    static Map<String, Object> of(SeizureSteps.Forfeited r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_FORFEITURE_DATE, r.forfeitureDate());
    }

    static Map<String, Object> of(SeizureSteps.Referral r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_REFERRAL_REASON, r.referralReason(), VAR_FOLLOW_UP_CYCLE, r.followUpCycle(),
                VAR_REFERRAL_ESCALATION_DATE, r.referralEscalationDate());
    }

    static Map<String, Object> of(SeizureSteps.SummarySaleDecided r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_SUMMARY_SALE_SCOPE, r.summarySaleScope());
    }

    static Map<String, Object> of(SeizureSteps.ProceedsPeriod r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_PROCEEDS_PETITION_DUE_DATE, r.proceedsPetitionDueDate());
    }

    static Map<String, Object> of(SeizureSteps.DispositionChecked r) {
        if (r == null) {
            return Map.of();
        }
        return values(VAR_DISPOSITION_METHOD, r.dispositionMethod() == null ? null : r.dispositionMethod().name());
    }

    /** Name, value, name, value...; a null result or value sets nothing. */
    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
