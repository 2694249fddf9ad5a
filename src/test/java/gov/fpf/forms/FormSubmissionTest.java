package gov.fpf.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A submitted form becomes the variables Tasklist would send, or field errors, before anything reaches the engine. */
class FormSubmissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static FormDefinition form(String path) throws IOException {
        return FormDefinition.parse(Files.readString(Path.of("forms", path), StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], List.of(pairs[i + 1]));
        }
        return p;
    }

    private static FormSubmission read(FormDefinition form, Map<String, Object> variables, String... pairs) {
        return FormSubmission.read(form, params(pairs), variables, FormHtmlTest.messages(), TODAY);
    }

    @Test
    void fieldsBecomeTypedVariablesAsTasklistSendsThem() throws IOException {
        FormSubmission s = read(form("penalty/DetermineCulpabilityAndAmountForm.form"), Map.of("caseNumber", "2026-PEN-000001"),
                "culpability", "NEGLIGENCE", "proposedAmount", "40000", "amountRationale", "serious",
                "caseNumber", "forged", "statutoryMaximum", "1", "somethingElse", "x", "_csrf", "token");
        assertThat(s.valid()).isTrue();
        assertThat(s.variables()).containsExactly(Map.entry("culpability", "NEGLIGENCE"),
                Map.entry("proposedAmount", 40000.0), Map.entry("amountRationale", "serious"));
        assertThat(s.variables().get("proposedAmount")).isInstanceOf(Double.class);
    }

    @Test
    void checkboxesAreBooleansDatesAreTextAndEmptyIsAbsent() throws IOException {
        FormSubmission custody = read(form("seizure/RecordCustodyAndInventoryForm.form"), Map.of(),
                "storageLocation", "bay 4", "dailyStorageRate", "12.50", "perishable", "true", "photographReferences", "IMG-1",
                "inventoryNote", "counted", "hazardous", "");
        assertThat(custody.valid()).as(custody.errors().toString()).isTrue();
        assertThat(custody.variables()).containsEntry("perishable", true).containsEntry("hazardous", false)
                .containsEntry("highRisk", false).containsEntry("dailyStorageRate", 12.5);

        FormSubmission outcome = read(form("shared/RecordReferralOutcomeForm.form"), Map.of(),
                "referralOutcome", "COLLECTED", "referralOutcomeDate", "2026-02-27", "referralOutcomeNote", "paid in full");
        assertThat(outcome.variables()).containsEntry("referralOutcomeDate", "2026-02-27");

        FormSubmission empty = read(form("mitigation/AnalyzeFactorsAndProposeDecisionForm.form"), Map.of(),
                "petitionOutcome", "DENY", "proposedAmount", "0", "findings", "f", "mitigatingFactors", "");
        assertThat(empty.valid()).isTrue();
        assertThat(empty.variables()).doesNotContainKey("mitigatingFactors").containsEntry("nationalSecurityException", false);
    }

    @Test
    void hiddenFieldsAreDroppedAndNotRequired() throws IOException {
        FormDefinition representations = form("penalty/ReviewRepresentationsForm.form");
        FormSubmission same = read(representations, Map.of(), "representationsOutcome", "SAME_AMOUNT",
                "reducedAmount", "5", "representationsFindings", "f");
        assertThat(same.valid()).isTrue();
        assertThat(same.variables()).doesNotContainKey("reducedAmount");

        FormSubmission reduced = read(representations, Map.of(), "representationsOutcome", "REDUCED_AMOUNT",
                "representationsFindings", "f");
        assertThat(reduced.errors()).containsOnlyKeys("reducedAmount");
        assertThat(reduced.errors().get("reducedAmount")).isEqualTo("Required.");

        // a disabled field's variable decides a condition: appraisedValue shown only when the case has one
        FormDefinition disposition = form("seizure/DecideDispositionForm.form");
        FormSubmission destroy = read(disposition, Map.of("counterfeit", true), "dispositionMethod", "DESTRUCTION",
                "ownerConsent", "true", "dispositionNote", "n");
        assertThat(destroy.variables()).doesNotContainKey("ownerConsent");
        FormSubmission sale = read(disposition, Map.of("counterfeit", true), "dispositionMethod", "SALE", "dispositionNote", "n");
        assertThat(sale.variables()).containsEntry("ownerConsent", false);
    }

    @Test
    void browserChecksRunOnTheServerToo() throws IOException {
        FormSubmission s = read(form("penalty/DetermineCulpabilityAndAmountForm.form"), Map.of(),
                "culpability", "PIRACY", "proposedAmount", "12,000", "amountRationale", "x".repeat(4001));
        assertThat(s.errors()).containsEntry("culpability", "Choose one of the options.")
                .containsEntry("proposedAmount", "Enter a number, such as 1250.50.")
                .containsEntry("amountRationale", "At most 4000 characters.");
        assertThat(s.entered()).containsEntry("proposedAmount", "12,000");

        FormSubmission negative = read(form("penalty/DetermineCulpabilityAndAmountForm.form"), Map.of(),
                "culpability", "FRAUD", "proposedAmount", "-1.005", "amountRationale", "r");
        assertThat(negative.errors()).containsEntry("proposedAmount", "At most 2 decimals.");

        FormSubmission past = read(form("shared/ReviewStalledReferralForm.form"), Map.of(),
                "supervisorInstruction", "call them", "nextEscalationDate", "2026-03-01");
        assertThat(past.errors()).containsEntry("nextEscalationDate", "The date may not be in the past.");
        FormSubmission notADate = read(form("shared/ReviewStalledReferralForm.form"), Map.of(),
                "supervisorInstruction", "call them", "nextEscalationDate", "03/09/2026");
        assertThat(notADate.errors()).containsEntry("nextEscalationDate", "Enter a date as YYYY-MM-DD.");
        FormSubmission missing = read(form("shared/ReviewStalledReferralForm.form"), Map.of());
        assertThat(missing.errors()).containsOnlyKeys("supervisorInstruction", "nextEscalationDate");
    }
}
