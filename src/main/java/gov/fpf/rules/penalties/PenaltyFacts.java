package gov.fpf.rules.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts a penalty maximum and the penalty deadlines are computed from (law reference 3, INTAKE). Money in
 * dollars; a fact a statute does not use may be null (or 0).
 *
 * @param culpability             1592 (and, for the limitation period, 1641 fraud); null otherwise
 * @param discoveryDate           when CBP discovered the violation: the limitation trigger for fraud, 1526(f), 1595a
 * @param dutiableValue           1592: the base when the assessment of duties was not affected
 * @param domesticValue           1592: caps the maximum (1592(c)) and every App. B range
 * @param lossOfRevenue           loss of duties, taxes and fees; null or 0 when duties were not affected
 * @param commercial              false for a noncommercial importation (no pre-penalty notice, 1592(b)(1)(B))
 * @param priorDisclosure         a valid prior disclosure under 1592(c)(4)
 * @param priorDisclosureInterest the 26 U.S.C. 6621 interest on the loss of revenue from liquidation to tender, as
 *                                entered by the officer; only for a prior disclosure of negligence or gross negligence
 *                                with a loss of revenue (we do not compute the rate)
 * @param msrpValue               1526(f): the value the goods would have if genuine (quantity × suggested retail price)
 * @param priorCounterfeitSeizures 1526(f): earlier seizures from the same person; 0 = this is the first
 * @param articleValue            1595a(b): the value of the articles
 * @param brokerViolations        1641(d): number of violations charged to a licensed broker
 * @param unlicensedTransactions  1641(b)(6): transactions of customs business without a license
 * @param licensedBroker          1641: true for a licensed broker (1641(d)), false for an unlicensed person (1641(b)(6))
 * @param tender                  1592(c)(4): the disclosure, CBP's calculation notice and the tender of the loss of
 *                                revenue; null when none is recorded
 * @param brokerConduct           1641, licensed broker: the conduct EO 14411 Sec. 4(a) names, or the 1641(i)(3)
 *                                identity-verification failures (then {@code brokerViolations} counts them); null
 *                                for any other case
 */
public record PenaltyFacts(PenaltyStatute statute, Culpability culpability, LocalDate violationDate,
                           LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                           BigDecimal lossOfRevenue, boolean commercial, boolean priorDisclosure,
                           BigDecimal priorDisclosureInterest, BigDecimal msrpValue, int priorCounterfeitSeizures,
                           BigDecimal articleValue, int brokerViolations, int unlicensedTransactions,
                           boolean licensedBroker, Tender tender, BrokerConduct brokerConduct) {

    /** The facts without a broker conduct kind (every case but a 1641 broker case that names one). */
    public PenaltyFacts(PenaltyStatute statute, Culpability culpability, LocalDate violationDate,
                        LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                        BigDecimal lossOfRevenue, boolean commercial, boolean priorDisclosure,
                        BigDecimal priorDisclosureInterest, BigDecimal msrpValue, int priorCounterfeitSeizures,
                        BigDecimal articleValue, int brokerViolations, int unlicensedTransactions,
                        boolean licensedBroker, Tender tender) {
        this(statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue, lossOfRevenue, commercial,
                priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures, articleValue,
                brokerViolations, unlicensedTransactions, licensedBroker, tender, null);
    }

    /** The facts without a recorded prior-disclosure tender. */
    public PenaltyFacts(PenaltyStatute statute, Culpability culpability, LocalDate violationDate,
                        LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                        BigDecimal lossOfRevenue, boolean commercial, boolean priorDisclosure,
                        BigDecimal priorDisclosureInterest, BigDecimal msrpValue, int priorCounterfeitSeizures,
                        BigDecimal articleValue, int brokerViolations, int unlicensedTransactions,
                        boolean licensedBroker) {
        this(statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue, lossOfRevenue, commercial,
                priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures, articleValue,
                brokerViolations, unlicensedTransactions, licensedBroker, null);
    }

    /**
     * 19 U.S.C. 1592(c)(4): when the disclosure was made, when CBP gave notice of its calculation of the loss of
     * revenue, and when and how much the person tendered. Any of them may be null (not yet happened or not known).
     */
    public record Tender(LocalDate disclosureDate, LocalDate calculationNoticeDate, LocalDate tenderDate,
                        BigDecimal tenderAmount) {

        public static final Tender NONE = new Tender(null, null, null, null);

        public boolean tendered() {
            return tenderDate != null && tenderAmount != null;
        }
    }

    /** The same facts with another culpability (the officer's confirmed one). */
    public PenaltyFacts withCulpability(Culpability value) {
        return new PenaltyFacts(statute, value, violationDate, discoveryDate, dutiableValue, domesticValue, lossOfRevenue,
                commercial, priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures, articleValue,
                brokerViolations, unlicensedTransactions, licensedBroker, tender, brokerConduct);
    }

    /** The recorded tender, never null. */
    public Tender tenderOrNone() {
        return tender == null ? Tender.NONE : tender;
    }

    /** Duties were affected: a loss of revenue above zero. */
    public boolean revenueLoss() {
        return lossOfRevenue != null && lossOfRevenue.signum() > 0;
    }

    public boolean fraud() {
        return culpability == Culpability.FRAUD;
    }
}
