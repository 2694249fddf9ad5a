package gov.fpf.foreignior;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.party.IorClass;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

/**
 * The foreign-IOR entry violations of EO 14411 Sec. 2(b) and 2(c)(i)(2) and their penalty path (issue 15 item 6;
 * rule-audit F16 and section 3). Called by the penalty intake before anything is stored; it either refuses or gives
 * what the case records and the trace lines that state why.
 *
 * <h2>Where the violation comes from</h2>
 * The order binds no importer by itself: Sec. 2(b)(i) and 2(c)(i) direct the Secretary to "promptly issue, amend,
 * modify, or rescind any relevant regulation, policy, or guidance" under 19 U.S.C. 66, 1484, 1498, 1623, 1624 and
 * 4320, and Sec. 12(b) has it implemented consistent with the Administrative Procedure Act (rule-audit F1, F16). So a
 * violation exists only on and after the effective date of the implementing instrument that puts the rule
 * ({@link ForeignIorViolation#rule()}) in force; it is judged on the violation date, and before that date the case is
 * refused (422): under today's law a foreign IOR may file informal entry and needs no CTPAT validation for formal
 * entry. <b>Unverifiable:</b> DHS/CBP have issued no such rule; its date, its text and whether it creates its own
 * sanction are unknown, so the rule is in force only through the register ({@code EoRules}), never by a date here.
 *
 * <h2>Who is a foreign IOR</h2>
 * Sec. 10(b), as {@link Party#getIorClass()} classifies the party ({@code IorClassifier}); a U.S. IOR cannot commit
 * either violation (422). The classification's reading of the real-property clause is itself unverifiable pending the
 * Secretary's guidance (Sec. 10(c); rule-audit F7). The party must be recorded as an importer of record.
 *
 * <h2>The penalty path: 19 U.S.C. 1592</h2>
 * The order names no penalty for these violations, and of FP&F's penalty statutes the one that reaches an entry made
 * in breach of an entry rule is 1592(a)(1): no person, by fraud, gross negligence or negligence, may enter merchandise
 * "by means of" a document, statement or act that is material and false, or a material omission (law reference 1.1
 * [V]). An informal entry filed by a foreign IOR after the rule, or a formal entry by a foreign IOR without CTPAT
 * validation or a CTPAT-validated licensed broker, is made by means of the filing's statement (express, such as a
 * declaration of U.S. status or of CTPAT validation, or by omission of the IOR's foreign status) that the IOR may use
 * that kind of entry; that statement decides whether CBP accepts the entry, which is what makes it material
 * (19 CFR Part 171 App. B (B) [R: recalled, not in the law reference]). So the case is an ordinary 1592 case: the
 * officer states the culpability, the statutory maximum is 1592(c)'s (fraud: domestic value; gross negligence: the
 * lesser of domestic value and 4 x the loss of revenue, or 40% of dutiable value without one; negligence: 2 x, or 20%;
 * law reference 7.2 [V]) through the existing computation, the pre-penalty notice follows 1592(b), the loss of revenue
 * is demanded under 1592(d), and the limitation period is 1621's. This is our reading: <b>unverifiable</b> until the
 * rule says what the entry must declare.
 * <p>
 * 1592 needs a false statement or a material omission. An entry that truthfully identified the IOR as foreign, and was
 * accepted anyway, is not entered "by means of" anything false: its remedy is refusing or correcting the entry
 * (requiring formal entry), not a 1592 penalty. The intake therefore requires {@code materialFacts} that state the false
 * statement or omission, as the pre-penalty notice must (1592(b)(1)(A)(iv)).
 *
 * <h2>CTPAT (Sec. 2(c)(i)(2))</h2>
 * The requirement is a disjunction: the foreign IOR is validated in CTPAT ("if determined by CBP to be eligible"), or
 * it uses a CTPAT-validated and licensed customs broker to file. Either fact excuses (422, no case); both must be
 * answered. We read "if determined by CBP to be eligible" as limiting the first option (an ineligible IOR must use a
 * CTPAT broker), not as exempting ineligible IORs, which would defeat the section (unverifiable). A licensed customs
 * broker is a party with the role CUSTOMS_BROKER (19 U.S.C. 1641(a)); the filing broker is recorded when known, for
 * either violation (the broker's own 1641 exposure is another case).
 *
 * <h2>No liquidated-damages path</h2>
 * None of the conditions of the basic importation and entry bond (19 CFR 113.62(a)-(m), law reference 12.7 [V]) makes
 * the IOR's eligibility for a kind of entry a bond condition, so an ineligible entry is not, by itself, a default with
 * a (n) consequence. What may follow it is already a breach the liquidated-damages family has: CBP demands formal
 * entry and none is made (113.62(b), LATE_ENTRY_SUMMARY or ENTRY_MERCHANDISE_DEFAULT), or demands redelivery
 * (113.62(d)). Informal entries are often released with no bond at all, which is why Sec. 2(a)(ii) directs a bond for
 * them. Not modelled; if the rule adds a bond condition, it becomes an LD breach with its own consequence.
 * <p>
 * Sec. 2(c)(i)(1) (no continuous bond for a foreign IOR's formal entry) is a bond rule, enforced where bonds are
 * recorded ({@code BondService}), not a penalty type here.
 */
@Service
public class ForeignIorRules {

    static final String C_1592_A = "19 U.S.C. 1592(a)(1), (c)";
    static final String C_SEC_10 = "EO 14411 Sec. 10(a)-(b)";

    private final EoRuleSource eoRules;
    private final PartyService parties;
    private final ForeignIorCaseRepository cases;

    ForeignIorRules(EoRuleSource eoRules, PartyService parties, ForeignIorCaseRepository cases) {
        this.eoRules = eoRules;
        this.parties = parties;
        this.cases = cases;
    }

    /** What the intake says: the violation type (null: none) and the CTPAT facts. */
    public record Facts(ForeignIorViolation violation, Boolean ctpatValidatedIor, Boolean filingBrokerCtpatValidated,
                        Long filingBrokerPartyId) {

        boolean anyCtpatFact() {
            return ctpatValidatedIor != null || filingBrokerCtpatValidated != null;
        }
    }

    /** A violation the case may charge: what it records and the trace lines that say why. */
    public record Charged(Facts facts, EoRuleSource.InForce inForce, List<TraceStep> trace) {
    }

    /**
     * Checks the facts of a penalty case that charges a foreign-IOR violation. 400 for facts that are missing or do
     * not belong; 422 when the rule is not in force on the violation date, the party is not a foreign IOR, or a CTPAT
     * fact excuses the entry. Returns null when the case charges none (and says nothing of one).
     */
    @Transactional(readOnly = true)
    public Charged assess(Facts f, PenaltyStatute statute, LocalDate violationDate, String materialFacts, Party ior) {
        if (f == null || f.violation() == null) {
            if (f != null && (f.anyCtpatFact() || f.filingBrokerPartyId() != null)) {
                throw new Problems.InvalidInput("eoViolation: ctpatValidatedIor, filingBrokerCtpatValidated and"
                        + " filingBrokerPartyId are facts of a foreign-IOR entry violation; name it (eoViolation) or leave"
                        + " them out.");
            }
            return null;
        }
        ForeignIorViolation v = f.violation();
        if (statute != PenaltyStatute.S1592) {
            throw new Problems.InvalidInput("eoViolation: a foreign-IOR entry violation is charged under 19 U.S.C. 1592"
                    + " (statute 1592): the entry was made by means of a material false statement or omission.");
        }
        if (materialFacts == null || materialFacts.isBlank()) {
            throw new Problems.InvalidInput("materialFacts: state the false statement or omission by which the entry was"
                    + " made (for example a declaration of U.S. status or of CTPAT validation); an entry that truthfully"
                    + " showed a foreign IOR is refused or corrected, not penalized under 19 U.S.C. 1592(a)(1).");
        }
        Party broker = filingBroker(f.filingBrokerPartyId());
        if (v == ForeignIorViolation.FOREIGN_IOR_INFORMAL_ENTRY && f.anyCtpatFact()) {
            throw new Problems.InvalidInput("ctpatValidatedIor: ctpatValidatedIor and filingBrokerCtpatValidated concern"
                    + " formal entry (FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT); an informal entry is barred to a foreign"
                    + " IOR whoever filed it.");
        }
        if (v == ForeignIorViolation.FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT) {
            if (f.ctpatValidatedIor() == null) {
                throw new Problems.InvalidInput("ctpatValidatedIor: say whether the importer of record was validated in"
                        + " CTPAT on the violation date (EO 14411 Sec. 2(c)(i)(2)).");
            }
            if (f.filingBrokerCtpatValidated() == null) {
                throw new Problems.InvalidInput("filingBrokerCtpatValidated: say whether the entries were filed by a"
                        + " CTPAT-validated licensed customs broker (EO 14411 Sec. 2(c)(i)(2)).");
            }
        }

        EoRuleSource.InForce inForce = eoRules.inForce(v.rule(), violationDate).orElseThrow(() ->
                new Problems.RuleViolation("eoViolation: " + v.rule().label() + " is not in force on the violation date "
                        + violationDate + ": no implementing instrument puts " + v.rule().name() + " in force by then."
                        + " The order directs regulations and binds no importer by itself; before them the law allows"
                        + " what this case would charge. Nothing was recorded.", v.rule().citation()));
        if (ior.getIorClass() != IorClass.FOREIGN || !ior.hasRole(PartyRole.IMPORTER_OF_RECORD)) {
            throw new Problems.RuleViolation("partyId: " + ior.getName() + " is "
                    + (ior.hasRole(PartyRole.IMPORTER_OF_RECORD) ? "a U.S. importer of record" : "not recorded as an"
                    + " importer of record") + "; " + v.rule().label() + " concerns foreign importers of record only."
                    + " Nothing was recorded.", inForce.citation() + "; " + C_SEC_10);
        }
        if (Boolean.TRUE.equals(f.ctpatValidatedIor())) {
            throw new Problems.RuleViolation("ctpatValidatedIor: the importer of record was validated in CTPAT, which"
                    + " meets the requirement for formal entry; there is no violation to charge. Nothing was recorded.",
                    inForce.citation());
        }
        if (Boolean.TRUE.equals(f.filingBrokerCtpatValidated())) {
            throw new Problems.RuleViolation("filingBrokerCtpatValidated: the entries were filed by a CTPAT-validated"
                    + " licensed customs broker, which meets the requirement for formal entry; there is no violation to"
                    + " charge. Nothing was recorded.", inForce.citation());
        }

        List<TraceStep> trace = new ArrayList<>();
        trace.add(inForce.traceStep());
        String reasons = String.join("; ", ior.getIorClassReasons()).replaceAll("\\s+", " ");
        trace.add(new TraceStep("Importer of record", IorClass.FOREIGN.name(), "a foreign IOR: "
                + (reasons.length() <= 900 ? reasons : reasons.substring(0, 897) + "..."), C_SEC_10, null));
        if (v == ForeignIorViolation.FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT) {
            trace.add(new TraceStep("CTPAT", "neither", "the importer of record was not validated in CTPAT and the"
                    + " entries were not filed by a CTPAT-validated licensed customs broker"
                    + (broker == null ? "" : " (filed by " + broker.getName() + ", party " + broker.getId() + ")"),
                    "EO 14411 Sec. 2(c)(i)(2)", null));
        } else if (broker != null) {
            trace.add(new TraceStep("Filing broker", "party " + broker.getId(), "the informal entry was filed by "
                    + broker.getName(), "EO 14411 Sec. 2(b)(i); 19 U.S.C. 1641(a)", null));
        }
        trace.add(new TraceStep("Violation charged", v.name(),
                (v == ForeignIorViolation.FOREIGN_IOR_INFORMAL_ENTRY ? "informal entry filed by a foreign IOR"
                        : "formal entry by a foreign IOR without CTPAT validation or a CTPAT-validated licensed broker")
                        + ", barred from " + inForce.effectiveDate() + "; charged under 1592 as entry by means of the"
                        + " material false statement or omission the material facts state (the entry's eligibility),"
                        + " with 1592's culpability and maxima", v.citation() + "; " + C_1592_A, null));
        return new Charged(f, inForce, trace);
    }

    /** Records the charged violation on the case (in the intake's transaction). */
    @Transactional
    public void record(long caseId, Charged charged) {
        Facts f = charged.facts();
        cases.save(new ForeignIorCase(caseId, f.violation(), f.ctpatValidatedIor(), f.filingBrokerCtpatValidated(),
                f.filingBrokerPartyId(), charged.inForce().instrumentCitation(), charged.inForce().effectiveDate()));
    }

    /** Whether any case charges a foreign-IOR violation (the demo seeds once). */
    @Transactional(readOnly = true)
    public boolean anyCharged() {
        return cases.count() > 0;
    }

    /** What the case view and page show of it. */
    public record View(String violation, String citation, String inForce, LocalDate inForceFrom,
                       Boolean ctpatValidatedIor, Boolean filingBrokerCtpatValidated, Long filingBrokerPartyId,
                       String filingBrokerName) {
    }

    @Transactional(readOnly = true)
    public Optional<View> view(long caseId) {
        return cases.findById(caseId).map(c -> {
            String brokerName = null;
            if (c.getFilingBrokerPartyId() != null) {
                try {
                    brokerName = parties.get(c.getFilingBrokerPartyId()).getName();
                } catch (Problems.NotFound gone) {
                    brokerName = "#" + c.getFilingBrokerPartyId();
                }
            }
            return new View(c.getViolation().name(), c.getViolation().citation(), c.getViolation().rule().citation()
                    + "; in force from " + c.getRuleInForceFrom() + " by " + c.getInstrumentCitation(),
                    c.getRuleInForceFrom(), c.getCtpatValidatedIor(), c.getFilingBrokerCtpatValidated(),
                    c.getFilingBrokerPartyId(), brokerName);
        });
    }

    private Party filingBroker(Long partyId) {
        if (partyId == null) {
            return null;
        }
        Party broker;
        try {
            broker = parties.get(partyId);
        } catch (Problems.NotFound unknown) {
            throw new Problems.InvalidInput("filingBrokerPartyId: there is no party with id " + partyId + ".");
        }
        if (!broker.hasRole(PartyRole.CUSTOMS_BROKER)) {
            throw new Problems.InvalidInput("filingBrokerPartyId: " + broker.getName() + " is not recorded as a customs"
                    + " broker (role CUSTOMS_BROKER).");
        }
        return broker;
    }
}
