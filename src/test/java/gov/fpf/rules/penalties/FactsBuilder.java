package gov.fpf.rules.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test fixture: the facts of a worked example, naming only what the example states. */
public final class FactsBuilder {

    private final PenaltyStatute statute;
    private Culpability culpability;
    private LocalDate violationDate;
    private LocalDate discoveryDate;
    private BigDecimal dutiableValue;
    private BigDecimal domesticValue;
    private BigDecimal lossOfRevenue;
    private boolean commercial = true;
    private boolean priorDisclosure;
    private BigDecimal priorDisclosureInterest;
    private BigDecimal msrpValue;
    private int priorCounterfeitSeizures;
    private BigDecimal articleValue;
    private int brokerViolations;
    private int unlicensedTransactions;
    private boolean licensedBroker;
    private PenaltyFacts.Tender tender;

    private FactsBuilder(PenaltyStatute statute) {
        this.statute = statute;
    }

    public static FactsBuilder statute(PenaltyStatute statute) {
        return new FactsBuilder(statute);
    }

    public static FactsBuilder s1592(Culpability culpability) {
        return new FactsBuilder(PenaltyStatute.S1592).culpability(culpability);
    }

    public FactsBuilder culpability(Culpability value) { culpability = value; return this; }
    public FactsBuilder violated(LocalDate value) { violationDate = value; return this; }
    public FactsBuilder discovered(LocalDate value) { discoveryDate = value; return this; }
    public FactsBuilder dutiable(String value) { dutiableValue = new BigDecimal(value); return this; }
    public FactsBuilder domestic(String value) { domesticValue = new BigDecimal(value); return this; }
    public FactsBuilder lor(String value) { lossOfRevenue = new BigDecimal(value); return this; }
    public FactsBuilder noncommercial() { commercial = false; return this; }
    public FactsBuilder priorDisclosure() { priorDisclosure = true; return this; }
    public FactsBuilder interest(String value) { priorDisclosureInterest = new BigDecimal(value); return this; }
    public FactsBuilder msrp(String value) { msrpValue = new BigDecimal(value); return this; }
    public FactsBuilder priorSeizures(int value) { priorCounterfeitSeizures = value; return this; }
    public FactsBuilder articles(String value) { articleValue = new BigDecimal(value); return this; }
    public FactsBuilder licensedBroker(int violations) { licensedBroker = true; brokerViolations = violations; return this; }
    public FactsBuilder unlicensed(int transactions) { licensedBroker = false; unlicensedTransactions = transactions; return this; }

    /** 1592(c)(4): disclosure date, CBP's calculation notice date (or null), tender date and amount. */
    public FactsBuilder tender(LocalDate disclosed, LocalDate calculationNotice, LocalDate tendered, String amount) {
        tender = new PenaltyFacts.Tender(disclosed, calculationNotice, tendered, amount == null ? null : new BigDecimal(amount));
        return this;
    }

    public PenaltyFacts build() {
        return new PenaltyFacts(statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue,
                lossOfRevenue, commercial, priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures,
                articleValue, brokerViolations, unlicensedTransactions, licensedBroker, tender);
    }
}
