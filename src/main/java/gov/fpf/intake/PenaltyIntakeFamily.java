package gov.fpf.intake;

import static gov.fpf.intake.IntakeField.date;
import static gov.fpf.intake.IntakeField.integer;
import static gov.fpf.intake.IntakeField.money;
import static gov.fpf.intake.IntakeField.select;
import static gov.fpf.intake.IntakeField.textarea;
import static gov.fpf.intake.IntakeField.yesNo;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseView;
import gov.fpf.foreignior.ForeignIorViolation;
import gov.fpf.penalty.PenaltyCaseController.NewPenaltyCase;
import gov.fpf.penalty.PenaltyCaseService;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.Culpability;

/** /cases/new/penalty: the facts of POST /api/v1/penalty-cases, opened by {@link PenaltyCaseService#open}. */
@Component
class PenaltyIntakeFamily implements IntakeFamily<NewPenaltyCase> {

    private static final List<IntakeField.Section> SECTIONS = List.of(
            new IntakeField.Section("violation", List.of(
                    select("statute", List.of("1592", "1641", "1526f", "1595a")).mandatory(),
                    select("culpability", Arrays.stream(Culpability.values()).map(Enum::name).toList()),
                    date("violationDate").mandatory(), date("discoveryDate").mandatory(),
                    yesNo("commercial").mandatory())),
            new IntakeField.Section("s1592", List.of(money("dutiableValue"), money("domesticValue"),
                    money("lossOfRevenue"))),
            new IntakeField.Section("s1641", List.of(yesNo("licensedBroker"), integer("brokerViolations"),
                    integer("unlicensedTransactions"),
                    select("brokerConduct", Arrays.stream(BrokerConduct.values()).map(Enum::name).toList()))),
            new IntakeField.Section("s1526f", List.of(money("msrpValue"), integer("priorCounterfeitSeizures"),
                    textarea("priorCounterfeitSeizuresReason"))),
            new IntakeField.Section("s1595a", List.of(money("articleValue"))),
            new IntakeField.Section("disclosure", List.of(yesNo("priorDisclosure"), money("priorDisclosureInterest"),
                    date("disclosureDate"), date("lorCalculationNoticeDate"), date("tenderDate"), money("tenderAmount"))),
            new IntakeField.Section("notice", List.of(textarea("merchandiseDescription"), textarea("entryNumbers"),
                    textarea("materialFacts"))),
            new IntakeField.Section("broker", List.of(integer("brokerPartyId"))),
            // issue 15 (foreignior): EO 14411 Sec. 2(b), 2(c)(i)(2)
            new IntakeField.Section("foreignIor", List.of(
                    select("eoViolation", Arrays.stream(ForeignIorViolation.values()).map(Enum::name).toList()),
                    yesNo("ctpatValidatedIor"), yesNo("filingBrokerCtpatValidated"), integer("filingBrokerPartyId"))));

    private final PenaltyCaseService penaltyCases;

    PenaltyIntakeFamily(PenaltyCaseService penaltyCases) {
        this.penaltyCases = penaltyCases;
    }

    @Override
    public String key() {
        return "penalty";
    }

    @Override
    public List<IntakeField.Section> sections(IntakeForm form) {
        return SECTIONS;
    }

    @Override
    public NewPenaltyCase build(IntakeForm f, Long partyId, Long bondId) {
        Integer brokerPartyId = f.integer("brokerPartyId");
        return new NewPenaltyCase(partyId, f.text("statute"), f.choice("culpability", Culpability.class),
                f.date("violationDate"), f.date("discoveryDate"), f.money("dutiableValue"), f.money("domesticValue"),
                f.money("lossOfRevenue"), f.yesNo("commercial"), f.yesNo("priorDisclosure"),
                f.money("priorDisclosureInterest"), f.money("msrpValue"), f.integer("priorCounterfeitSeizures"),
                f.money("articleValue"), f.integer("brokerViolations"), f.integer("unlicensedTransactions"),
                f.yesNo("licensedBroker"), f.text("merchandiseDescription"), f.lines("entryNumbers"),
                f.text("materialFacts"), f.text("officeCode"), f.date("disclosureDate"),
                f.date("lorCalculationNoticeDate"), f.date("tenderDate"), f.money("tenderAmount"),
                f.text("priorCounterfeitSeizuresReason"), f.choice("brokerConduct", BrokerConduct.class),
                brokerPartyId == null ? null : brokerPartyId.longValue(), f.choice("eoViolation", ForeignIorViolation.class),
                f.yesNo("ctpatValidatedIor"), f.yesNo("filingBrokerCtpatValidated"), longId(f, "filingBrokerPartyId"));
    }

    /** A party id typed on the page; text that is not one is an error on the field. */
    private static Long longId(IntakeForm f, String name) {
        Integer id = f.integer(name);
        return id == null ? null : id.longValue();
    }

    @Override
    public Opened open(NewPenaltyCase request) {
        CaseView view = penaltyCases.open(request);
        return new Opened(view.caseNumber(), List.of());
    }

    @Override
    public String fieldOf(String property) {
        return property.startsWith("entryNumbers") ? "entryNumbers" : property;
    }
}
