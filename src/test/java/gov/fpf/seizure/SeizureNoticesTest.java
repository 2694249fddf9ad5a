package gov.fpf.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeTemplates;
import gov.fpf.mitigation.Petition;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameter.Unit;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;

/** The seizure letters state the periods the case's deadlines were counted with and the rows in force. */
class SeizureNoticesTest {

    private static final LocalDate MAILED = LocalDate.of(2026, 3, 2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final SeizureNotices.Addressee TO = new SeizureNotices.Addressee("Harbor Imports", "Los Angeles");

    private final MigrationParameters reference = MigrationParameters.load();
    private final CaseFile caseFile = NoticeTemplates.caseFile("2026-SEZ-000001", CaseFamily.SEIZURE);

    @Test
    void theNoticeOfSeizureStatesThePeriodsAndCostBondOfTheRowsInForce() {
        // given an administrator has changed the petition, publication, posting, claim and cost-bond rows
        MigrationParameters changed = reference
                .with(ParameterNames.PETITION_SEIZURE, "35", Unit.DAYS, FROM)
                .with(ParameterNames.PUBLICATION, "45", Unit.DAYS, FROM)
                .with(ParameterNames.CUSTOMHOUSE_POSTING, "28", Unit.DAYS, FROM)
                .with(ParameterNames.CLAIM_COST_BOND, "25", Unit.DAYS, FROM)
                .with(ParameterNames.COST_BOND_RATE, "0.125", Unit.SHARE, FROM)
                .with(ParameterNames.COST_BOND_MINIMUM, "300", Unit.USD, FROM)
                .with(ParameterNames.COST_BOND_MAXIMUM, "7500", Unit.USD, FROM);
        Deadline petitionDue = new SeizureRules().petitionDue(MAILED, changed);

        String html = NoticeTemplates.render(SeizureNotices.noticeOfSeizure(caseFile, seizure(), items(), TO, MAILED,
                null, null, petitionDue, null, changed));

        assertThat(html).contains("by April 6, 2026, 35 days from the date of this notice (19 U.S.C. 1618; test row).",
                        "for at least 45 consecutive days, at about the same time as this notice",
                        "posted at the customhouse for at least four successive weeks",
                        "(12.5% of the value, at least $300 and at most $7,500) within 25 days from the first publication")
                .doesNotContain("30 days", "30 consecutive days", "three successive weeks", "$250", "$5,000)");
    }

    @Test
    void withTheReferenceRowsTheNoticeOfSeizureReadsAsTheLawStatesIt() {
        Deadline petitionDue = new SeizureRules().petitionDue(MAILED, reference);

        String html = NoticeTemplates.render(SeizureNotices.noticeOfSeizure(caseFile, seizure(), items(), TO, MAILED,
                null, null, petitionDue, null, reference));

        assertThat(html).contains("by April 1, 2026, 30 days from the date of this notice (19 U.S.C. 1618; 19 CFR"
                        + " 171.2(b)(1)).", "for at least 30 consecutive days", "for at least three successive weeks",
                "(10% of the value, at least $250 and at most $5,000) within 20 days from the first publication",
                "<dt>Item 1</dt><dd>3 x handbags &lt;b&gt;, appraised $100.50; counterfeit marks; perishable</dd>");
    }

    @Test
    void theCafraNoticeStatesTheClaimPeriodTheCaseWasGivenAndTheOthersInForce() {
        MigrationParameters changed = reference
                .with(ParameterNames.CAFRA_CLAIM, "40", Unit.DAYS, FROM)
                .with(ParameterNames.CAFRA_COMPLAINT, "100", Unit.DAYS, FROM)
                .with(ParameterNames.PETITION_SEIZURE, "35", Unit.DAYS, FROM)
                .with(ParameterNames.CAFRA_NOTICE, "50", Unit.DAYS, FROM);
        Deadline claimDue = new Deadlines(changed).due("Claim (CAFRA)", ParameterNames.CAFRA_CLAIM, MAILED);

        String html = NoticeTemplates.render(SeizureNotices.cafraNoticeOfSeizure(caseFile, seizure(), items(), TO, MAILED,
                MAILED.plusDays(30), claimDue, changed));

        assertThat(html).contains("by April 11, 2026 (at least 40 days after this notice was mailed)",
                "file a complaint for forfeiture within 100 days", "Petition for remission or mitigation within 35 days"
                        + " of this notice (test row).", "This notice was due by April 1, 2026, 50 days from the seizure");
    }

    @Test
    void theTrademarkOwnerAndTheDecisionStateThePeriodsInForce() {
        MigrationParameters changed = reference
                .with(ParameterNames.COUNTERFEIT_AUCTION_WAIT, "120", Unit.DAYS, FROM)
                .with(ParameterNames.SUPPLEMENTAL_PETITION, "30", Unit.DAYS, FROM);

        String owner = NoticeTemplates.render(SeizureNotices.trademarkOwnerNotice(caseFile, seizure(), items(), TO,
                MAILED, changed));

        Petition petition = mock(Petition.class);
        when(petition.getFiledDate()).thenReturn(MAILED.minusDays(20));
        when(petition.isTimely()).thenReturn(true);
        when(petition.getOutcome()).thenReturn(Petition.Outcome.DENY);
        Deadline supplementalDue = new Deadlines(changed).due("Supplemental petition", ParameterNames.SUPPLEMENTAL_PETITION,
                MAILED);
        String decision = NoticeTemplates.render(SeizureNotices.decisionLetter(caseFile, seizure(), TO, MAILED, petition,
                BigDecimal.ZERO, null, null, null, supplementalDue));

        assertThat(owner).contains("sold at public auction more than 120 days after forfeiture");
        assertThat(decision).contains("Relief is denied. You may file a supplemental petition by April 1, 2026, 30 days"
                + " from this notice (19 CFR 171.61).", "<dt>Outcome</dt><dd>Petition denied</dd>");
    }

    private static SeizureCase seizure() {
        return new SeizureCase(1L, "19 U.S.C. 1526(e)", MAILED.minusDays(10), "Port of Long Beach", "counterfeit marks",
                null, new BigDecimal("100.50"), true, false, true, false, false, null);
    }

    private static List<SeizureItem> items() {
        return List.of(new SeizureItem(1L, 1, "handbags <b>", 3, new BigDecimal("100.50"), true, false, true));
    }
}
