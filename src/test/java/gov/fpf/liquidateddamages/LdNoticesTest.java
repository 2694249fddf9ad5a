package gov.fpf.liquidateddamages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondType;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeTemplates;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameter.Unit;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;

/** The liquidated-damages letters state the periods the claim's deadlines were counted with and the rows in force. */
class LdNoticesTest {

    private static final LocalDate MAILED = LocalDate.of(2026, 3, 2);
    private static final LdNotices.Parties TO = new LdNotices.Parties("Harbor Imports", "Atlantic Surety Co", "Los Angeles");

    private final MigrationParameters reference = MigrationParameters.load();
    private final CaseFile caseFile = NoticeTemplates.caseFile("2026-LQD-000001", CaseFamily.LIQUIDATED_DAMAGES);

    @Test
    void theClaimNoticeStatesThePetitionAndReferralPeriodsOfTheRowsInForce() {
        // given an administrator has set the principal's period to 75 days and the referral to 200 days
        MigrationParameters changed = reference
                .with(ParameterNames.PETITION_LD_PRINCIPAL, "75", Unit.DAYS, LocalDate.of(2026, 1, 1))
                .with(ParameterNames.BOND_DOJ_REFERRAL, "200", Unit.DAYS, LocalDate.of(2026, 1, 1));
        Deadline petitionDue = new Deadlines(changed).due("Petition due (principal)",
                ParameterNames.PETITION_LD_PRINCIPAL, MAILED);

        String html = NoticeTemplates.render(LdNotices.claimNotice(caseFile, claim(), bond(), TO, MAILED, petitionDue,
                changed));

        // then the letter states them, with the date the 75 days give
        assertThat(html).contains("by May 16, 2026, 75 days from the date of mailing (test row).",
                        "reported to the Department of Justice 200 days after liability accrued (test row).")
                .doesNotContain("60 days", "180 days");
    }

    @Test
    void withTheReferenceRowsTheClaimNoticeReadsAsTheRegulationStatesIt() {
        Deadline petitionDue = new Deadlines(reference).due("Petition due (principal)",
                ParameterNames.PETITION_LD_PRINCIPAL, MAILED);

        String html = NoticeTemplates.render(LdNotices.claimNotice(caseFile, claim(), bond(), TO, MAILED, petitionDue,
                reference));

        assertThat(html).contains("by May 1, 2026, 60 days from the date of mailing (19 CFR 172.3(b)).",
                "180 days after liability accrued (19 CFR 113.52).",
                "<dt>Bond</dt><dd>STB-P15-0001, single transaction, limit of liability $50,000.00</dd>");
    }

    @Test
    void theSuretyIsToldThePeriodsInForce() {
        MigrationParameters changed = reference.with(ParameterNames.PETITION_LD_SURETY, "45", Unit.DAYS,
                LocalDate.of(2026, 1, 1));
        Deadline petitionDue = new Deadlines(changed).due("Petition due (principal)",
                ParameterNames.PETITION_LD_PRINCIPAL, MAILED);
        Deadline suretyDue = new Deadlines(changed).due("Petition due (surety)", ParameterNames.PETITION_LD_SURETY,
                MAILED);

        String notice = NoticeTemplates.render(LdNotices.suretyNotice(caseFile, claim(), bond(), TO, MAILED, petitionDue,
                changed));
        String demand = NoticeTemplates.render(LdNotices.suretyDemand(caseFile, claim(), bond(), TO, MAILED,
                new BigDecimal("5000"), suretyDue, MAILED.plusDays(200)));

        assertThat(notice).contains("who then has 45 days to pay or petition (test row).",
                "<dt>Principal&#39;s petition period ends</dt><dd>May 1, 2026</dd>");
        assertThat(demand).contains("Pay or petition for relief by April 16, 2026, 45 days from the date of this demand"
                + " (test row).");
    }

    private static LdClaim claim() {
        LdClaim claim = mock(LdClaim.class);
        when(claim.getBreach()).thenReturn(LdBreach.FDA_REFUSED_NOT_EXPORTED);
        when(claim.getBreachDate()).thenReturn(MAILED.minusDays(10));
        when(claim.getLiabilityAccruedDate()).thenReturn(MAILED.minusDays(10));
        when(claim.getClaimAmount()).thenReturn(new BigDecimal("50000"));
        return claim;
    }

    private static Bond bond() {
        Bond bond = mock(Bond.class);
        when(bond.getBondNumber()).thenReturn("STB-P15-0001");
        when(bond.getType()).thenReturn(BondType.SINGLE_TRANSACTION);
        when(bond.getAmount()).thenReturn(new BigDecimal("50000"));
        return bond;
    }
}
