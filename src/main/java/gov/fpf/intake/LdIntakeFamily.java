package gov.fpf.intake;

import static gov.fpf.intake.IntakeField.date;
import static gov.fpf.intake.IntakeField.integer;
import static gov.fpf.intake.IntakeField.money;
import static gov.fpf.intake.IntakeField.select;
import static gov.fpf.intake.IntakeField.text;
import static gov.fpf.intake.IntakeField.yesNo;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseView;
import gov.fpf.liquidateddamages.LdBreach;
import gov.fpf.liquidateddamages.LdCaseController.NewLdCaseRequest;
import gov.fpf.liquidateddamages.LdCaseService;

/**
 * /cases/new/liquidated-damages: a breach of a bond's condition as POST /api/v1/liquidated-damages-cases takes it,
 * claimed through {@link LdCaseService#open(LdCaseService.NewLdCase)} (400, 409 duplicate, 422 outside the statute).
 */
@Component
class LdIntakeFamily implements IntakeFamily<NewLdCaseRequest> {

    private static final List<IntakeField.Section> SECTIONS = List.of(
            new IntakeField.Section("breach", List.of(
                    select("breach", Arrays.stream(LdBreach.values()).map(Enum::name).toList()).mandatory(),
                    date("breachDate").mandatory(), text("entryNumber"), yesNo("firstViolation"),
                    select("priority", Arrays.stream(gov.fpf.casefile.EnforcementPriority.values()).map(Enum::name)
                            .toList()))),
            new IntakeField.Section("amounts", List.of(money("merchandiseValue"), yesNo("restricted"),
                    money("withheldDuty"), money("unpaidDuties"), money("estimatedDuties"), integer("daysLate"),
                    integer("defaults"), money("estimatedFees"), text("tibSubheading"))));

    private final LdCaseService ldCases;

    LdIntakeFamily(LdCaseService ldCases) {
        this.ldCases = ldCases;
    }

    @Override
    public String key() {
        return "liquidated-damages";
    }

    @Override
    public boolean needsBond() {
        return true;
    }

    @Override
    public List<IntakeField.Section> sections(IntakeForm form) {
        return SECTIONS;
    }

    @Override
    public NewLdCaseRequest build(IntakeForm f, Long partyId, Long bondId) {
        return new NewLdCaseRequest(bondId, f.text("breach"), f.date("breachDate"), f.text("entryNumber"),
                f.money("merchandiseValue"), f.yesNo("restricted"), f.money("withheldDuty"), f.money("unpaidDuties"),
                f.money("estimatedDuties"), f.integer("daysLate"), f.integer("defaults"), f.yesNo("firstViolation"),
                f.text("officeCode"), f.money("estimatedFees"), f.text("tibSubheading"),
                f.choice("priority", gov.fpf.casefile.EnforcementPriority.class));
    }

    @Override
    public Opened open(NewLdCaseRequest request) {
        CaseView view = ldCases.open(request.toCase());
        return new Opened(view.caseNumber(), List.of());
    }
}
